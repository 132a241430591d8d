package dev.srm.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.catalog.CatalogLoader;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" against the service catalog's ids and aliases: a real typo gets its name, but a short name that is
 * simply another service is not sent to whatever is two letters away (issue 10: redis → rds, ds → dms, lex → dax).
 */
class SuggestionsTest {

    private static final Collection<String> SERVICES = CatalogLoader.builtInServices().names();

    @Test
    void shortNamesOfOtherServicesAreNotSentToANeighbour() {
        // 'lex' and 'ds' are names of their own now (Lex V2, Directory Service), never sent to 'dax' or 'dms'
        assertThat(CatalogLoader.builtInServices().find("lex").id()).isEqualTo("lexv2-models");
        assertThat(CatalogLoader.builtInServices().find("ds").id()).isEqualTo("ds");
        assertThat(Suggestions.closest("dz", SERVICES)).as("two letters: no guess").isNull();
        assertThat(Suggestions.closest("s4", SERVICES)).as("two letters: no guess").isNull();
        assertThat(Suggestions.closest("chime", SERVICES)).isNull();
    }

    @Test
    void namesPeopleTypeAreAliases() {
        for (String typed : List.of("redis", "valkey", "memcached", "states", "apigw", "aurora-postgresql", "aurora-mysql")) {
            assertThat(SERVICES).as(typed).contains(typed);
        }
        assertThat(CatalogLoader.builtInServices().find("redis").id()).isEqualTo("elasticache");
        assertThat(CatalogLoader.builtInServices().find("states").id()).isEqualTo("stepfunctions");
        assertThat(CatalogLoader.builtInServices().find("apigw").id()).isEqualTo("apigateway");
        assertThat(Suggestions.closest("redis-cluster", SERVICES)).isEqualTo("redis");
    }

    @Test
    void awsNamesOfAServiceSuggestItsId() {
        var catalog = CatalogLoader.builtInServices();
        assertThat(catalog.suggest("Directory Service")).isEqualTo("ds");
        assertThat(catalog.suggest("AWS Step Functions")).isEqualTo("stepfunctions");
        assertThat(catalog.suggest("Amazon Elastic Beanstalk")).isEqualTo("elasticbeanstalk");
        assertThat(catalog.suggest("lamda")).as("then edit distance").isEqualTo("lambda");
        assertThat(catalog.suggest("nothing-like-it")).isNull();
    }

    @Test
    void realTyposStillGetTheirName() {
        assertThat(Suggestions.closest("ec3", SERVICES)).isEqualTo("ec2");
        assertThat(Suggestions.closest("lamda", SERVICES)).isEqualTo("lambda");
        assertThat(Suggestions.closest("Lamba", SERVICES)).isEqualTo("lambda");
        assertThat(Suggestions.closest("dynamo", SERVICES)).isEqualTo("dynamodb");
        assertThat(Suggestions.closest("sqs-fifo", SERVICES)).isEqualTo("sqs");
        assertThat(Suggestions.closest("cloudfornt", SERVICES)).isEqualTo("cloudfront");
        assertThat(Suggestions.closest("nmae", List.of("name", "description", "components"))).isEqualTo("name");
    }
}
