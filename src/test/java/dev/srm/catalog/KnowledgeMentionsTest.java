package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Service;
import dev.srm.model.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a service's statements name no other catalog service, except the tools services genuinely use (an
 * allow-list) and the services a file says it works with ({@link #WORKS_WITH}) — the templates that put "WorkMail
 * access control rules" into Amazon Connect's rows must not come back through the data.
 */
class KnowledgeMentionsTest {

    /** Tools any service's texts may name: what a customer uses to operate and audit every service. */
    static final Set<String> TOOLS = Set.of("cloudtrail", "cloudwatch", "logs", "configservice", "kms", "iam", "sts",
            "organizations", "backup", "ssm", "guardduty", "inspector2", "securityhub", "secretsmanager", "autoscaling", "elbv2",
            "acm", "vpc", "elb", "health", "nat-gateway"); // health: AWS Health announces scheduled maintenance for every service // elb: "Elastic Load Balancing" names the family, Classic Load Balancer included // nat-gateway: how private subnets reach the internet, a VPC building block

    /** One-word names that are ordinary words too: they count as a mention only with "Amazon " or "AWS " before them. */
    private static final Set<String> ORDINARY_WORDS = Set.of("Connect", "Batch", "Glue", "Shield", "Translate", "Transcribe",
            "Backup", "Detective", "Inspector", "Organizations", "Outposts", "Amplify", "Config", "Polly", "Kendra");

    /** Services a file's texts may name because the service is built on them or serves them, with the reason. */
    static final Map<String, Set<String>> WORKS_WITH = Map.ofEntries(
            Map.entry("ebs", Set.of("ec2", "dlm")), // volumes attach to instances; snapshots are EC2 API calls; Data Lifecycle Manager automates them
            Map.entry("rds-custom", Set.of("ec2", "ebs", "s3")), // the DB instance is an EC2 host with EBS storage; its own S3 bucket
            Map.entry("eks-auto-mode", Set.of("ec2", "ebs")), // Auto Mode nodes are EC2 instances with EBS volumes AWS manages
            Map.entry("emr-serverless", Set.of("s3")), // job logs delivered to an S3 location
            Map.entry("efs", Set.of("ec2", "lambda", "ecs", "fargate", "eks")), // the clients that mount a file system
            Map.entry("ecs", Set.of("ec2", "ebs", "ecr")), // the EC2 launch type's container instances, their volumes, images
            Map.entry("ec2", Set.of("ebs", "dlm")), // instance storage; Data Lifecycle Manager automates its snapshots and AMIs
            Map.entry("lambda", Set.of("ecr", "sqs", "sns", "s3")), // container images; dead-letter queues and destinations
            Map.entry("cloudfront", Set.of("s3", "wafv2", "shield", "route53", "lambda")), // origins, web ACLs, DDoS, DNS, Lambda@Edge
            Map.entry("elbv2", Set.of("ec2", "wafv2", "lambda", "ecs", "s3")), // targets, web ACLs, access logs in S3
            Map.entry("vpc", Set.of("ec2", "s3", "network-firewall")), // instances' interfaces, flow logs to S3, firewall
            Map.entry("elasticache-serverless", Set.of("s3")), // snapshots exported to S3
            Map.entry("memorydb", Set.of("s3")), // snapshots stored in S3
            Map.entry("ecr", Set.of("s3", "events")), // images stored in S3; scan results as EventBridge events
            Map.entry("eks", Set.of("ec2", "ebs", "efs", "s3", "ecr")), // nodes, persistent volumes, backups, images
            Map.entry("fargate", Set.of("ecs", "eks", "ebs", "efs", "ecr")), // the orchestrators it runs for, volumes, images
            Map.entry("apigateway", Set.of("cloudfront", "lambda", "wafv2", "cognito-idp")), // edge endpoints, authorizers, web ACLs
            Map.entry("route53", Set.of("shield")), // Shield Standard protects Route 53
            Map.entry("wafv2", Set.of("cloudfront", "apigateway", "appsync", "cognito-idp", "sns")), // protected resources; rule-group update topics
            Map.entry("firehose", Set.of("kinesis", "lambda", "s3", "redshift", "opensearch")), // source stream, transformation function, destinations and backup bucket
            Map.entry("cloudtrail", Set.of("s3", "sns")), // trails deliver log files to an S3 bucket, notify through SNS
            Map.entry("cloudwatch", Set.of("sns")), // alarm actions notify through SNS topics
            Map.entry("logs", Set.of("s3", "kinesis", "firehose")), // export tasks to S3 buckets; subscription filters to streams
            Map.entry("configservice", Set.of("s3", "sns", "lambda")), // delivery channel's bucket and topic; custom Lambda rules
            Map.entry("cognito-idp", Set.of("lambda", "wafv2", "ses", "sns")), // triggers, web ACLs, email and SMS senders
            Map.entry("sns", Set.of("sqs", "lambda")), // subscription dead-letter queues; cross-Region delivery to queues and functions
            Map.entry("kafka", Set.of("s3", "firehose")), // broker and authorizer log destinations
            Map.entry("backup", Set.of("events", "auditmanager")), // job, vault and malware scan events are delivered to EventBridge; "AWS Backup Audit Manager" is Backup's own feature
            Map.entry("shield", Set.of("wafv2")), // Shield Advanced application layer protection uses AWS WAF web ACLs and rules
            Map.entry("redshift", Set.of("s3")), // COPY and UNLOAD, snapshots in Redshift-managed S3 storage, audit logs to a bucket
            Map.entry("redshift-serverless", Set.of("redshift", "s3")), // the Redshift engine and its snapshots shared with provisioned clusters; COPY and data lake queries from S3
            Map.entry("guardduty", Set.of("s3", "ec2", "eks", "ecs", "rds", "lambda", "events")), // protection plans and agents; export bucket; finding events
            Map.entry("securityhub", Set.of("events", "s3")), // findings sent as EventBridge events, routed to an S3 bucket
            Map.entry("acm", Set.of("cloudfront", "ec2", "events")), // certificates for distributions (US East), Nitro Enclaves; expiry events
            Map.entry("opensearch", Set.of("s3")), // manual snapshot repositories are the customer's S3 buckets
            Map.entry("glue", Set.of("s3")), // job scripts, libraries, sources and targets, bookmarks and the S3 gateway endpoint
            Map.entry("appsync", Set.of("lambda", "cognito-idp", "wafv2")), // Lambda resolvers and authorizers, Cognito user pool authorization, web ACLs
            Map.entry("emr", Set.of("ec2", "ebs", "s3")), // cluster nodes are EC2 instances with EBS volumes; EMRFS data and logs in S3
            Map.entry("apprunner", Set.of("wafv2")), // AWS WAF web ACLs associated with App Runner services
            Map.entry("elasticbeanstalk", Set.of("s3", "ec2", "ebs")), // its storage bucket, environment instances and their root volumes
            Map.entry("athena", Set.of("s3", "glue", "lambda")), // tables and query results in S3, the Glue Data Catalog, federated connectors as Lambda functions
            Map.entry("sagemaker", Set.of("s3")), // training data, job output and model artifacts in S3, encrypted with the AWS managed S3 key
            Map.entry("batch", Set.of("ec2", "ecs", "fargate")), // compute environments are EC2 instances from the ECS-optimized AMI, or Fargate
            Map.entry("lakeformation", Set.of("s3", "glue")), // it governs registered S3 locations and the Glue Data Catalog
            Map.entry("appstream", Set.of("s3")), // home folders, application settings, usage reports and app blocks are kept in S3 buckets
            Map.entry("connect", Set.of("s3")), // recordings, transcripts, exported reports and attachments go to the customer's buckets
            Map.entry("workmail", Set.of("s3", "ses")), // mailbox export jobs write to a bucket; inbound mail passes through SES first
            Map.entry("s3", Set.of("glacier")), // "the Glacier storage classes" are S3's own; the vault service shares the name
            Map.entry("textract", Set.of("s3")), // input documents are S3 objects; OutputConfig output is encrypted with the AWS managed S3 key
            Map.entry("dms", Set.of("s3")), // S3 target endpoints' encryption mode, Time Travel logs and assessment results in S3
            Map.entry("datazone", Set.of("sso")), // domains sign users in through IAM Identity Center in the domain's Region
            Map.entry("nat-gateway", Set.of("s3")), // flow logs of its network interface may go to an S3 bucket
            Map.entry("transit-gateway", Set.of("s3")), // Transit Gateway Flow Logs may go to an S3 bucket
            Map.entry("eks-fargate", Set.of("eks", "efs"))); // the Pods belong to an EKS cluster; EFS volumes are their only persistent storage

    private static final Path FOLDER = Path.of("src/main/resources/catalog/services");

    @Test
    void statementsNameNoOtherServiceOutsideTheToolsAndWhatTheServiceWorksWith() {
        ServiceCatalog catalog = CatalogLoader.builtInServices();
        Map<String, Map<String, Statement>> knowledge = new KnowledgeLoader(catalog, CatalogLoader.builtInControls()).folder(FOLDER);
        Map<String, Pattern> mentions = new java.util.HashMap<>();
        for (Service service : catalog.services()) mentions.put(service.id(), mentionOf(service));
        List<String> found = new ArrayList<>();
        knowledge.forEach((service, statements) -> {
            Set<String> allowed = new LinkedHashSet<>(TOOLS);
            allowed.add(service);
            allowed.add(KnowledgeFilesTest.family(service));
            allowed.addAll(WORKS_WITH.getOrDefault(service, Set.of()));
            for (Statement statement : statements.values()) {
                for (String text : List.of(statement.aws(), statement.customer(), statement.why())) {
                    mentions.forEach((id, pattern) -> {
                        if (allowed.contains(id)) return;
                        Matcher m = pattern.matcher(text);
                        if (m.find()) found.add(service + " " + statement.control() + ": names " + id + " ('" + m.group() + "')");
                    });
                }
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesTheTemplatesOfOldAndNotOrdinaryWords() {
        ServiceCatalog catalog = CatalogLoader.builtInServices();
        assertThat(mentionOf(catalog.find("s3")).matcher("turn on S3 Block Public Access").find()).isTrue();
        assertThat(mentionOf(catalog.find("workmail")).matcher("WorkMail access control rules").find()).isTrue();
        assertThat(mentionOf(catalog.find("ecs")).matcher("function versions, ECS task definitions").find()).isTrue();
        assertThat(mentionOf(catalog.find("ecs")).matcher("Amazon Elastic Container Service tasks").find()).isTrue();
        assertThat(mentionOf(catalog.find("connect")).matcher("Amazon Connect instances").find()).isTrue();
        assertThat(mentionOf(catalog.find("connect")).matcher("EC2 Instance Connect endpoints").find()).isFalse();
        assertThat(mentionOf(catalog.find("s3")).matcher("the s3-bucket-ssl-requests-only rule").find()).isFalse();
    }

    /** "Amazon Elastic Container Service (Amazon ECS)" → the words "Elastic Container Service" or "ECS". */
    static Pattern mentionOf(Service service) {
        List<String> terms = new ArrayList<>();
        Matcher name = Pattern.compile("^(?:Amazon |AWS )?(.+?)(?: \\((?:Amazon |AWS )?([^ ,()]+)\\))?$").matcher(service.name());
        if (name.matches()) {
            String main = name.group(1).replaceFirst(" \\(.*\\)$", "");
            terms.add(ORDINARY_WORDS.contains(main) ? service.name().substring(0, service.name().indexOf(main)) + main : main);
            if (name.group(2) != null) terms.add(name.group(2));
        }
        StringBuilder regex = new StringBuilder();
        for (String term : terms) {
            if (regex.length() > 0) regex.append('|');
            regex.append(Pattern.quote(term));
        }
        return Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w-])");
    }
}
