#!/usr/bin/env python3
"""Writes the input half of the bad-input corpus: <NN-name>.yaml, byte for byte.

The bytes matter (tabs, CRLF, a byte order mark, invalid UTF-8, sizes), so the inputs are written by this script and
never by an editor. Edit a case here and run `python3 generate.py` from this folder; the <NN-name>.expected files
beside them are written by hand (see README.md) and are not touched. Cases that cannot be committed as files (a 20 MB
file, a directory, a missing or unreadable file) are made by CorpusTest itself.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

VALID = "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n"


def text(s):
    return s.encode("utf-8")


CASES = {}


def case(name, content):
    if name in CASES:
        raise SystemExit("duplicate case " + name)
    CASES[name] = content if isinstance(content, bytes) else text(content)


# ---- YAML syntax ---------------------------------------------------------------------------------------------------
case("01-syntax-mapping-values-not-allowed", "# A key indented under a scalar.\nname: Webshop\n  owner: team\ncomponents: []\n")
case("02-syntax-unclosed-flow-list", "# A '[' never closed.\nname: Webshop\nregions: [eu-west-1, eu-central-1\ncomponents:\n  - id: web\n    service: ec2\n")
case("03-syntax-unclosed-flow-mapping", "# A '{' never closed.\nname: Webshop\ncomponents:\n  - {id: web, service: ec2\n")
case("04-syntax-unclosed-double-quote", "# A double quote never closed.\nname: \"Webshop\ncomponents:\n  - id: web\n    service: ec2\n")
case("05-syntax-unclosed-single-quote", "# A single quote never closed.\nname: Webshop\ncomponents:\n  - id: 'web\n    service: ec2\n")
case("06-syntax-bad-dedent", "# A field indented less than its siblings.\nname: Webshop\ncomponents:\n  - id: web\n    service: ec2\n   exposure: internet\n")
case("07-syntax-undefined-alias", "# An alias to an anchor that does not exist.\nname: Webshop\ncomponents:\n  - id: web\n    service: *compute\n")
case("08-syntax-reserved-indicator", "# '@' is reserved and cannot start a plain value.\nname: Webshop\nowner: @platform\ncomponents:\n  - id: web\n    service: ec2\n")
case("09-syntax-two-documents", "# Two documents in one file.\n" + VALID + "---\n" + VALID)
case("10-syntax-yaml-directive", "%YAML 2.0\n---\n" + VALID)
case("11-syntax-key-without-colon", "# A line that is neither a key nor a list item.\nname: Webshop\ncomponents\n  - id: web\n    service: ec2\n")
case("12-syntax-block-scalar-bad-indicator", "# A block scalar with a bad indentation indicator.\nname: Webshop\ndescription: |0\n  text\ncomponents:\n  - id: web\n    service: ec2\n")

# ---- tabs ----------------------------------------------------------------------------------------------------------
case("13-tab-indentation-top", "name: Webshop\ncomponents:\n\t- id: web\n\t  service: ec2\n")
case("14-tab-indentation-nested", "name: Webshop\ncomponents:\n  - id: web\n  \tservice: ec2\n")
case("15-tab-on-blank-line", "name: Webshop\n\t\ncomponents:\n  - id: web\n    service: ec2\n")

# ---- the root ------------------------------------------------------------------------------------------------------
case("16-root-list", "# A list at the root instead of a mapping.\n- name: Webshop\n- components: []\n")
case("17-root-scalar", "# Just a text value.\nWebshop\n")
case("18-empty-file", b"")
case("19-whitespace-only", b"  \n\n   \r\n \n")
case("20-comments-only", "# name: Webshop\n# components: []\n")

# ---- encodings and line ends ---------------------------------------------------------------------------------------
case("21-bom-accepted", b"\xef\xbb\xbf" + text("# A UTF-8 byte order mark, as some Windows editors save.\n" + VALID))
case("22-crlf-accepted", text(("# Windows line ends.\n" + VALID).replace("\n", "\r\n")))
case("23-bom-and-crlf-accepted", b"\xef\xbb\xbf" + text("# Both.\nname: Windows editor\ncomponents:\n  - id: web\n    service: ec2\n".replace("\n", "\r\n")))
case("24-cr-only-accepted", text("# Classic Mac OS line ends.\nname: Old Mac\ncomponents:\n  - id: web\n    service: ec2\n".replace("\n", "\r")))
case("25-not-utf8-latin1", b"# Saved as Latin-1: the e-acute is the one byte 0xE9.\nname: Caf\xe9 Webshop\ncomponents:\n  - id: web\n    service: ec2\n")
case("26-not-utf8-truncated-at-end", text(VALID) + b"owner: \xe2\x82")
case("27-not-utf8-utf16", b"\xff\xfe" + "name: Webshop\n".encode("utf-16-le"))
case("28-control-character-nul", "# A NUL byte is valid UTF-8 but not allowed in YAML.\nname: Web\x00shop\ncomponents:\n  - id: web\n    service: ec2\n")
case("29-control-character-escape", "# A raw terminal escape sequence (ESC [31m).\nname: Webshop\nowner: \x1b[31mred\ncomponents:\n  - id: web\n    service: ec2\n")
case("30-escaped-controls-in-values", r"""# Double-quoted escapes put line breaks, terminal escapes and a right-to-left override in values.
name: Webshop
regions: ["eu-west-1\u202E"]
components:
  - id: "web\nserver"
    service: "ec2\r\nrm -rf"
    exposure: "\e[2Jpublic"
""")

# ---- wrong types at every level ------------------------------------------------------------------------------------
case("31-wrong-types-architecture", """# Every top-level field with the wrong shape.
name: [Webshop]
description: {text: shop}
owner: [a, b]
environment:
  stage: prod
regions: eu-west-1
organization: [security_training]
components:
  id: web
  service: ec2
""")
case("32-wrong-types-organization", """# The organisation's practices with the wrong shape.
name: Webshop
organization:
  security_training: [true]
  incident_response_plan: {yes: true}
components:
  - id: web
    service: ec2
""")
case("33-wrong-types-component", """# A component's fields with the wrong shape.
name: Webshop
components:
  - web
  - id: [api]
    service: {name: lambda}
  - id: db
    service: rds
    model: [PaaS]
    description: [a, b]
    exposure: {level: internal}
    data: orders
""")
case("34-wrong-types-data-item", """# A data item's fields with the wrong shape.
name: Webshop
components:
  - id: db
    service: rds
    data:
      - orders
      - name: [orders]
        classification: {level: restricted}
      - name: customers
        classification: confidential
        categories: personal
        encryption_at_rest: [none]
        encryption_in_transit: {on: true}
        backup: [true]
      - name: logs
        classification: internal
        categories: [[personal], {health: true}]
""")
case("35-non-text-keys", """# Keys that are a list or a mapping.
name: Webshop
[a, b]: c
? {x: 1}
: y
components:
  - id: web
    service: ec2
""")

# ---- every enum with a wrong value ---------------------------------------------------------------------------------
def component_with(field_lines):
    return "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n" + field_lines


case("36-enum-model", "# model: IaaS | PaaS | SaaS\n" + component_with("    model: FaaS\n"))
case("37-enum-exposure", "# exposure: internet | internal | private\n" + component_with("    exposure: public\n"))
case("38-enum-classification", "# classification: public | internal | confidential | restricted\n"
     + component_with("    data:\n      - name: orders\n        classification: top-secret\n"))
case("39-enum-categories", "# categories: personal | health | payment | credentials | financial\n"
     + component_with("    data:\n      - name: orders\n        classification: internal\n        categories: [personal, pii, card]\n"))
case("40-enum-encryption-at-rest", "# encryption_at_rest: none | aws-owned-key | aws-managed-key | customer-managed-key | client-side\n"
     + component_with("    data:\n      - name: orders\n        classification: internal\n        encryption_at_rest: kms\n"))
case("41-enum-booleans", """# Booleans are true or false only: YAML 1.1's yes/no/on/off and 1/0 are refused.
name: Webshop
organization:
  security_training: yes
  incident_response_plan: off
components:
  - id: web
    service: ec2
    data:
      - name: orders
        classification: internal
        encryption_in_transit: 1
        backup: daily
""")
case("42-enum-regions", "# regions: AWS region codes.\nname: Webshop\nregions: [eu-west-1, eu-west-9, EU-WEST-1, Frankfurt]\ncomponents:\n  - id: web\n    service: ec2\n")

# ---- unknown fields at every level ---------------------------------------------------------------------------------
case("43-unknown-field-architecture", """# Mistyped top-level fields: close ones get a "did you mean".
nmae: Webshop
name: Webshop
component:
  - id: web
components:
  - id: web
    service: ec2
version: 2
""")
case("44-unknown-field-organization", "name: Webshop\norganization:\n  incident_response: true\n  mfa: true\ncomponents:\n  - id: web\n    service: ec2\n")
case("45-unknown-field-component", "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n    exposed: internet\n    tags: [a]\n")
case("46-unknown-field-data-item", "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n    data:\n      - name: orders\n        clasification: internal\n        classification: internal\n        retention: 30d\n")
case("47-unknown-field-confusable", "# Cyrillic letters that look like Latin ones, in a key, a service and a value.\nn\u0430me: Webshop\ncomponents:\n  - id: web\n    service: \u0435c2\n    exposure: \u0440rivate\n")

# ---- unknown services ----------------------------------------------------------------------------------------------
case("48-unknown-service-suggestions", """# Near misses get the closest id or alias.
name: Webshop
components:
  - id: web
    service: ec-2
  - id: db
    service: postgres-rds
  - id: queue
    service: sqs-fifo
  - id: fn
    service: Lamba
""")
case("49-unknown-service-no-suggestion", "name: Webshop\ncomponents:\n  - id: mainframe\n    service: ibm-z\n  - id: blank\n    service: \"  \"\n")

# ---- duplicates ----------------------------------------------------------------------------------------------------
case("50-duplicate-component-id", "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n  - id: db\n    service: rds\n  - id: web\n    service: lambda\n  - id: web\n    service: s3\n")
case("51-duplicate-data-item", "name: Webshop\ncomponents:\n  - id: db\n    service: rds\n    data:\n      - {name: orders, classification: internal}\n      - {name: orders, classification: restricted}\n")
case("52-duplicate-key-top", "name: Webshop\nname: Webshop 2\ncomponents:\n  - id: web\n    service: ec2\n")
case("53-duplicate-key-nested", "name: Webshop\norganization:\n  security_training: true\n  security_training: false\ncomponents:\n  - id: web\n    service: ec2\n    data:\n      - name: orders\n        classification: internal\n        backup: true\n        backup: false\n")
case("54-duplicate-key-flow", "name: Webshop\ncomponents:\n  - {id: web, service: ec2, id: api}\n")

# ---- ids -----------------------------------------------------------------------------------------------------------
case("55-id-with-spaces", "name: Webshop\ncomponents:\n  - id: web server\n    service: ec2\n  - id: \" db \"\n    service: rds\n")
case("56-id-upper-case", "name: Webshop\ncomponents:\n  - id: Web\n    service: ec2\n  - id: API_Gateway\n    service: apigateway\n")
case("57-id-other-characters", "name: Webshop\ncomponents:\n  - id: -web\n    service: ec2\n  - id: caf\u00e9\n    service: rds\n  - id: 42\n    service: s3\n  - id: \"!!!\"\n    service: sqs\n")

# ---- missing required fields ---------------------------------------------------------------------------------------
case("58-missing-name-and-components", "# Neither of the two required top-level fields.\ndescription: shop\nowner: team\n")
case("59-missing-component-fields", "name: Webshop\ncomponents:\n  - id: web\n  - service: ec2\n  - exposure: internet\n")
case("60-missing-data-fields", "name: Webshop\ncomponents:\n  - id: db\n    service: rds\n    data:\n      - classification: internal\n      - name: orders\n      - {}\n")
case("61-empty-values", "# Required fields present but empty: ~, null, '' and nothing.\nname: ~\ncomponents:\n  - id: null\n    service: ''\n  - id:\n    service: ec2\n")
case("62-empty-components", "name: Webshop\ncomponents: []\n")
case("63-components-null", "name: Webshop\ncomponents:\n")

# ---- very long strings ---------------------------------------------------------------------------------------------
case("64-long-name", "name: " + "W" * 20000 + "\ncomponents:\n  - id: web\n    service: ec2\n")
case("65-long-id-and-description", "name: Webshop\ncomponents:\n  - id: " + "w" * 300 + "\n    service: ec2\n    description: " + "d" * 12000 + "\n    data:\n      - name: " + "n" * 11000 + "\n        classification: internal\n")
case("66-long-unknown-values", "# Unknown values of 50,000 characters: shown cut short, and no time spent suggesting.\nname: Webshop\nregions: [" + "r" * 50000 + "]\ncomponents:\n  - id: web\n    service: " + "x" * 50000 + "\n    exposure: " + "p" * 50000 + "\n")
case("67-long-line", "# " + "c" * 200000 + "\n" + VALID)
case("68-long-simple-key", "# YAML limits a key without '?' to 1024 characters.\nname: Webshop\n" + "k" * 2000 + ": v\ncomponents:\n  - id: web\n    service: ec2\n")
case("69-long-explicit-key", "name: Webshop\n? " + "k" * 50000 + "\n: v\ncomponents:\n  - id: web\n    service: ec2\n")
case("70-long-undefined-alias", "name: *" + "a" * 50000 + "\ncomponents:\n  - id: web\n    service: ec2\n")

# ---- deep nesting --------------------------------------------------------------------------------------------------
case("71-deep-flow-lists", "name: Webshop\ndescription: " + "[" * 10000 + "]" * 10000 + "\ncomponents:\n  - id: web\n    service: ec2\n")
case("72-deep-block-mappings", "name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n    description:\n" + "".join("  " * (i + 3) + "k%d:\n" % i for i in range(80)) + "  " * 83 + "v: x\n")
case("73-deep-flow-mappings", "name: Webshop\ndescription: " + "{a: " * 5000 + "x" + "}" * 5000 + "\ncomponents:\n  - id: web\n    service: ec2\n")
case("74-deep-block-sequences", "name: Webshop\ndescription:\n" + "- " * 10000 + "x\ncomponents:\n  - id: web\n    service: ec2\n")

# ---- aliases -------------------------------------------------------------------------------------------------------
laughs = ["name: Webshop", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
for i in range(1, 10):
    laughs.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
laughs += ["components:", "  - id: web", "    service: ec2"]
case("75-billion-laughs", "# 9^10 values once the aliases are expanded.\n" + "\n".join(laughs) + "\n")
small = ["name: Webshop", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
for i in range(1, 7):
    small.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
small += ["components:", "  - id: web", "    service: ec2"]
case("76-alias-bomb-under-alias-limit", "# Only 60 aliases, but 10^7 values once expanded.\n" + "\n".join(small) + "\n")
case("77-too-many-aliases", "name: Webshop\nx: &x [a]\ny: [" + ", ".join(["*x"] * 101) + "]\ncomponents:\n  - id: web\n    service: ec2\n")
case("78-recursive-alias-list", "name: Webshop\ndescription: &loop [a, *loop]\ncomponents:\n  - id: web\n    service: ec2\n")
case("79-recursive-alias-mapping", "name: Webshop\norganization: &org\n  security_training: true\n  nested: *org\ncomponents:\n  - id: web\n    service: ec2\n")
case("80-recursive-alias-key", "name: Webshop\nx: &k\n  *k : v\ncomponents:\n  - id: web\n    service: ec2\n")
case("81-merge-key", "name: Webshop\ncomponents:\n  - &base\n    id: web\n    service: ec2\n  - <<: *base\n    id: api\n")
case("82-alias-repeats-component", "# An alias copies the whole component, id included.\nname: Webshop\ncomponents:\n  - &web\n    id: web\n    service: ec2\n  - *web\n")

# ---- tags ----------------------------------------------------------------------------------------------------------
case("83-global-tag-script-engine", """name: Webshop
description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
components:
  - id: web
    service: ec2
""")
case("84-global-tag-verbatim", "name: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [touch, /tmp/srm-pwned]\ncomponents:\n  - id: web\n    service: ec2\n")
case("85-local-tags", "name: !Ref Webshop\nowner: !" + "t" * 50000 + " x\ncomponents:\n  - id: !Sub web\n    service: !GetAtt ec2\n")
case("86-standard-non-text-tags", "name: !!binary V2Vic2hvcA==\ndescription: !!set {a, b}\nowner: !!omap [a: 1]\ncomponents:\n  - id: web\n    service: ec2\n")
case("87-tag-on-key", "!!java.lang.Runtime name: Webshop\ncomponents:\n  - id: web\n    service: ec2\n")
case("88-global-tag-canary", "# CorpusTest counts instances of its Canary: none may be created.\nname: !!dev.srm.hardening.CorpusTest$Canary []\ncomponents:\n  - id: web\n    service: ec2\n")

case("89-deep-through-aliases", "# Each anchor nests 30 levels and holds the one before: 300 levels once expanded.\nname: Webshop\n"
     + "".join("a%d: &a%d %s%s%s\n" % (i, i, "[" * 30, "x" if i == 0 else "*a%d" % (i - 1), "]" * 30) for i in range(10))
     + "components:\n  - id: web\n    service: ec2\n")

# ---- text that no output can hold ----------------------------------------------------------------------------------
case("90-lone-surrogate-escape", r"""# A YAML escape can make half of a UTF-16 surrogate pair, which is no character: JSON and xlsx cannot hold it.
name: "bad \ud800 surrogate"
owner: "low half \udc00 alone"
components:
  - id: web
    service: ec2
    description: "\ud83d\ude00 two halves in order make one character: accepted"
""")
case("91-lone-surrogate-in-key", r"""name: Webshop
"key \udfff": v
components:
  - id: web
    service: ec2
""")
case("92-surrogate-pair-escapes-accepted", r"""# Two escapes that together make U+1F600, and the same character written as one escape: both are read.
name: "Smile \ud83d\ude00 and \U0001F600"
components:
  - id: web
    service: ec2
""")


def main():
    for name, content in CASES.items():
        with open(os.path.join(HERE, name + ".yaml"), "wb") as f:
            f.write(content)
    print("wrote %d inputs" % len(CASES))


if __name__ == "__main__":
    main()
