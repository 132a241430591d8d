package dev.srm.engine;

/** Decision tables for tests, in Drools' layout. */
final class RuleTables {

    private RuleTables() {}

    /** A CSV table whose finding message holds umlauts and an em dash; it fires on every component. */
    static final String UMLAUT_CSV = """
            RuleSet,acme.rules.umlaut
            Import,"dev.srm.model.*, dev.srm.responsibility.*"
            Variables,dev.srm.responsibility.Conclusions srm
            ,
            RuleTable Umlauts,,
            NAME,CONDITION,ACTION
            ,$c : Component,
            ,"id == \"\"$param\"\"","srm.finding(\"\"acme-umlaut\"\", Severity.LOW, $c, null, null, \"\"$param\"\");"
            Rule,component,message
            acme/umlaut-web,web,Größe und Maße — geprüft
            """;
}
