package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the built-in trait rules write the texts of every service without a knowledge file, so their texts name no
 * catalog service either ("WorkMail access control rules" reached Amazon Connect's rows through such a rule), except
 * the tools of {@link KnowledgeMentionsTest#TOOLS} and the security services that protect any workload. The pages a
 * rationale cites are not texts: URLs are left out of the check.
 */
class RuleTextMentionsTest {

    /** Security services a rule may recommend for whichever service it decides for, with why. */
    static final Set<String> SECURITY_TOOLS = Set.of(
            "shield", // Shield Standard protects every AWS service; Shield Advanced is offered for any internet-facing endpoint
            "wafv2", // texts say "an AWS WAF web ACL where the service supports one"
            "network-firewall", // inspection of VPC traffic, offered to any VPC-resident component
            "sso", // the workforce identity source for MFA, whatever the service
            "macie2", // finds sensitive data, offered in the data-classification duty of every component
            "cloudhsmv2"); // a key store of the customer's own, offered beside KMS for any data

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @Test
    void ruleTextsNameNoServiceOutsideTheTools() throws IOException {
        Set<String> allowed = new HashSet<>(KnowledgeMentionsTest.TOOLS);
        allowed.addAll(SECURITY_TOOLS);
        List<Service> named = CatalogLoader.builtInServices().services().stream()
                .filter(s -> !allowed.contains(s.id())).toList();
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String rule = null;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("rule ")) {
                    rule = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = URL.matcher(literal.group(1)).replaceAll("");
                    for (Service service : named) {
                        Matcher m = KnowledgeMentionsTest.mentionOf(service).matcher(text);
                        if (m.find()) found.add(rule + ": names " + service.id() + " ('" + m.group() + "')");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesAServiceNamedInARuleText() {
        Service workmail = CatalogLoader.builtInServices().find("workmail");
        String text = URL.matcher("access control rules (for example WorkMail rules by protocol) (https://docs.aws.amazon.com/workmail/x)")
                .replaceAll("");
        assertThat(KnowledgeMentionsTest.mentionOf(workmail).matcher(text).find()).isTrue();
        assertThat(KnowledgeMentionsTest.mentionOf(workmail).matcher(URL.matcher("see https://docs.aws.amazon.com/WorkMail/x").replaceAll(""))
                .find()).isFalse();
    }
}
