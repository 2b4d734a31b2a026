"""Dutch for the details the readers put inside a message.

What is wrong with a damaged .xlsx part, a cell's stored value, a YAML or JSON text
(allocator/read; the readers write them in English, allocator/i18n/translate.py says them in
Dutch; ``{inner}``, ``{detail}`` and ``{error}`` are translated in turn). The XML parser's own
words (expat) are here too.
"""

WORDS: dict[str, dict[str, str]] = {
    # a damaged or refused part of an .xlsx package (allocator/read/xlsx_package.py)
    "expected.xml.parsed_bytes": {"nl": "meer dan {limit} MiB XML om te lezen in totaal",
                                  "en": "more than {limit} MiB of XML to read in all"},
    "expected.xml.elements": {"nl": "meer dan {limit} XML-elementen om te lezen in totaal",
                              "en": "more than {limit} XML elements to read in all"},
    "expected.xml.doctype": {"nl": "een DOCTYPE- of entiteitsdeclaratie (niet toegelaten in "
                                   ".xlsx)",
                             "en": "a DOCTYPE or entity declaration (not allowed in .xlsx)"},
    "expected.xml.depth": {"nl": "elementen dieper genest dan {limit}",
                           "en": "elements nested deeper than {limit}"},
    "expected.xml.unpacks": {"nl": "pakt uit tot meer dan {limit} MiB",
                             "en": "unpacks to more than {limit} MiB"},
    "expected.xml.unpacks_size": {"nl": "pakt uit tot meer dan {limit} MiB ({size} MiB)",
                                  "en": "unpacks to more than {limit} MiB ({size} MiB)"},
    "expected.xml.damaged": {"nl": "beschadigde XML ({error} op regel {line}, kolom {column})",
                             "en": "damaged XML ({error} at line {line}, column {column})"},
    "expected.xml.damaged_zip": {"nl": "beschadigde zip-gegevens ({error})",
                                 "en": "damaged zip data ({error})"},
    "expected.xml.missing": {"nl": "ontbreekt in de werkmap", "en": "missing from the workbook"},
    "expected.xml.unpack_error": {"nl": "kan niet uitgepakt worden ({error})",
                                  "en": "cannot be unpacked ({error})"},
    "expected.xml.shared_strings": {"nl": "meer dan {limit} gedeelde teksten",
                                    "en": "more than {limit} shared strings"},
    # a cell's stored value (allocator/read/xlsx_sheet.py)
    "expected.cell.shared_string": {
        "nl": "één van de {count} gedeelde teksten van de werkmap (de cel verwijst naar een "
              "tekst die niet bestaat)",
        "en": "one of the workbook's {count} shared strings (the cell points to one that does "
              "not exist)"},
    "expected.cell.boolean": {"nl": "een waar/onwaar-cel met 0 of 1",
                              "en": "a true/false cell holding 0 or 1"},
    "expected.cell.date": {"nl": "een datumcel met een ISO 8601-datum",
                           "en": "a date cell holding an ISO 8601 date"},
    "expected.cell.type": {"nl": "een cel van een gekend type (n, s, str, inlineStr, b, e, d)",
                           "en": "a cell of a known type (n, s, str, inlineStr, b, e, d)"},
    "expected.cell.digits": {"nl": "een getal van hoogstens {limit} cijfers",
                             "en": "a number of at most {limit} digits"},
    "expected.cell.number": {"nl": "een getal (de cel is als getal gemarkeerd)",
                             "en": "a number (the cell is marked as a number)"},
    # YAML and JSON text (allocator/read/text_load.py)
    "expected.load.at": {"nl": "{inner} (regel {line}, kolom {column})",
                         "en": "{inner} (line {line}, column {column})"},
    "expected.load.yaml_size": {"nl": "een YAML-bestand van hoogstens {limit} MiB",
                                "en": "a YAML file of at most {limit} MiB"},
    "expected.load.not_yaml": {"nl": "geen geldige YAML: {error}", "en": "not valid YAML: {error}"},
    "expected.load.yaml_value": {"nl": "een waarde die YAML niet kan bevatten: {error}",
                                 "en": "a value YAML cannot hold: {error}"},
    "expected.load.one_document": {"nl": "één YAML-document, niet meerdere",
                                   "en": "one YAML document, not several"},
    "expected.load.alias": {"nl": "geen aliassen (*{anchor}): schrijf de waarden uit",
                            "en": "no aliases (*{anchor}): write the values out"},
    "expected.load.tag": {"nl": "gewone YAML zonder de tag {tag}",
                          "en": "plain YAML without the tag {tag}"},
    "expected.load.nesting": {"nl": "hoogstens {limit} niveaus diep",
                              "en": "at most {limit} levels of nesting"},
    "expected.load.plain_key": {"nl": "een gewone sleutel, geen lijst of verzameling",
                                "en": "a plain key, not a list or mapping"},
    "expected.load.key_once": {"nl": "elke sleutel één keer ('{key}' staat er twee keer)",
                               "en": "each key once ('{key}' appears twice)"},
    "expected.load.finite": {"nl": "enkel eindige getallen ({value} is er geen)",
                             "en": "finite numbers only ({value} is not one)"},
    "expected.load.too_large": {"nl": "enkel eindige getallen ({value} is te groot)",
                                "en": "finite numbers only ({value} is too large)"},
    "expected.load.not_json": {"nl": "geen geldige JSON: {error}", "en": "not valid JSON: {error}"},
    "expected.load.json_depth": {"nl": "JSON die te diep genest is",
                                 "en": "JSON nested too deeply"},
    "expected.load.json_value": {"nl": "een waarde die JSON-lezers niet kunnen bevatten: {error}",
                                 "en": "a value JSON readers cannot hold: {error}"},
    # more reader warnings than a console shows (allocator/cli/common.py)
    "warning.more": {"nl": "... en nog {count}", "en": "... and {count} more"},
    # roles (models/roles.py)
    "expected.role": {"nl": "een rol uit de woordenlijst: {roles}",
                      "en": "a role from the vocabulary: {roles}"},
    "expected.roles": {"nl": "rollen uit de woordenlijst, gescheiden door komma's: {roles}",
                       "en": "roles from the vocabulary, comma-separated: {roles}"},
    # where the shipped catalogue's tasks come from (no Taken sheet)
    "input.default_catalogue": {"nl": "de standaardcatalogus", "en": "the default catalogue"},
    "expected.required_key": {"nl": "een waarde (deze sleutel is verplicht)",
                              "en": "a value (this key is required)"},
    # anything pydantic could not say more precisely
    "expected.valid_value": {"nl": "een geldige waarde", "en": "a valid value"},
    # the XML parser's own words (expat), inside "damaged XML (...)"
    "expected.expat.syntax": {"nl": "syntaxfout", "en": "syntax error"},
    "expected.expat.no_element": {"nl": "geen element gevonden", "en": "no element found"},
    "expected.expat.invalid_token": {"nl": "niet goed gevormd (ongeldig teken)",
                                     "en": "not well-formed (invalid token)"},
    "expected.expat.unclosed_token": {"nl": "niet afgesloten teken", "en": "unclosed token"},
    "expected.expat.partial_character": {"nl": "onvolledig teken", "en": "partial character"},
    "expected.expat.mismatched_tag": {"nl": "tags die niet bij elkaar passen",
                                      "en": "mismatched tag"},
    "expected.expat.duplicate_attribute": {"nl": "dubbel attribuut",
                                           "en": "duplicate attribute"},
    "expected.expat.junk": {"nl": "rommel na het documentelement",
                            "en": "junk after document element"},
    "expected.expat.undefined_entity": {"nl": "onbekende entiteit", "en": "undefined entity"},
    "expected.expat.invalid_character": {"nl": "verwijzing naar een ongeldig tekennummer",
                                         "en": "reference to invalid character number"},
    "expected.expat.unknown_encoding": {"nl": "onbekende codering", "en": "unknown encoding"},
    "expected.expat.wrong_encoding": {
        "nl": "de codering in de XML-declaratie klopt niet",
        "en": "encoding specified in XML declaration is incorrect"},
    "expected.expat.unclosed_cdata": {"nl": "niet afgesloten CDATA-sectie",
                                      "en": "unclosed CDATA section"},
    "expected.expat.unbound_prefix": {"nl": "prefix zonder namespace", "en": "unbound prefix"},
    "expected.expat.declaration": {"nl": "XML-declaratie niet goed gevormd",
                                   "en": "XML declaration not well-formed"},
    "expected.expat.misplaced_declaration": {
        "nl": "XML- of tekstdeclaratie niet aan het begin",
        "en": "XML or text declaration not at start of entity"},
}
