package dev.srm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic estate of N components over a realistic mix of services, data items and exposures, the same for
 * the same seed. Feeds the scale scenarios of the benchmark and the tests that need a large input.
 *
 * <p>Usage: {@code java -cp target/test-classes dev.srm.bench.EstateGenerator COMPONENTS SEED OUT.yaml}
 */
public final class EstateGenerator {

    /** Services weighted roughly as a mid-size estate uses them: many EC2, S3, Lambda, RDS; a long tail of others. */
    private static final List<String> SERVICES = List.of(
            "ec2", "ec2", "ec2", "ec2", "s3", "s3", "s3", "lambda", "lambda", "lambda", "rds", "rds", "dynamodb", "dynamodb",
            "sqs", "sqs", "sns", "elbv2", "elbv2", "cloudfront", "route53", "apigateway", "ecs", "eks", "ecr", "fargate",
            "elasticache", "redshift", "emr", "glue", "athena", "kinesis", "efs", "secretsmanager", "kms", "cognito-idp",
            "cloudtrail", "cloudwatch", "opensearch", "stepfunctions", "events", "workmail", "quicksight", "connect", "vpc",
            "backup", "guardduty", "wafv2", "sagemaker", "bedrock");
    private static final List<String> EXPOSURES = List.of("private", "private", "private", "internal", "internal", "internet");
    private static final List<String> CLASSIFICATIONS = List.of("public", "internal", "internal", "confidential", "confidential",
            "restricted");
    private static final List<String> CATEGORIES = List.of("personal", "health", "payment", "credentials", "financial");
    private static final List<String> ENCRYPTION = List.of("aws-owned-key", "aws-managed-key", "customer-managed-key",
            "client-side", "none");

    private EstateGenerator() {}

    public static String estate(int components, long seed) {
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder(components * 220);
        yaml.append("# Synthetic estate: ").append(components).append(" components, seed ").append(seed).append('\n');
        yaml.append("name: Synthetic estate ").append(components).append('\n');
        yaml.append("owner: benchmark\nregions: [eu-west-1, us-east-1]\n");
        yaml.append("organization: {security_training: true, incident_response_plan: ").append(random.nextBoolean()).append("}\n");
        yaml.append("components:\n");
        for (int i = 0; i < components; i++) {
            String service = pick(SERVICES, random);
            yaml.append("  - id: ").append(service).append('-').append(i).append('\n');
            yaml.append("    service: ").append(service).append('\n');
            yaml.append("    exposure: ").append(pick(EXPOSURES, random)).append('\n');
            int items = random.nextInt(3);
            if (items > 0) yaml.append("    data:\n");
            for (int d = 0; d < items; d++) {
                yaml.append("      - name: data-").append(d).append('\n');
                yaml.append("        classification: ").append(pick(CLASSIFICATIONS, random)).append('\n');
                if (random.nextInt(3) == 0) yaml.append("        categories: [").append(pick(CATEGORIES, random)).append("]\n");
                if (random.nextInt(2) == 0) yaml.append("        encryption_at_rest: ").append(pick(ENCRYPTION, random)).append('\n');
                yaml.append("        encryption_in_transit: ").append(random.nextInt(5) > 0).append('\n');
                if (random.nextInt(4) > 0) yaml.append("        backup: ").append(random.nextBoolean()).append('\n');
            }
        }
        return yaml.toString();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: EstateGenerator COMPONENTS SEED OUT.yaml");
            System.exit(2);
        }
        Files.writeString(Path.of(args[2]), estate(Integer.parseInt(args[0]), Long.parseLong(args[1])), StandardCharsets.UTF_8);
    }
}
