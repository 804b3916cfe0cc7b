//! The command line in Swedish.

use super::{CliTexts, Counted};

pub static TEXTS: CliTexts = CliTexts {
    about: "Bläddra i NSPM:s lista över metodstöd mot prostitution och människohandel",
    examples: "\
Exempel:
  metodstod                          öppna den interaktiva vyn
  metodstod search människohandel    sök material från kommandoraden
  metodstod show sexit --lang en     ett material i sin helhet, på engelska
  metodstod open sexit 2             öppna den andra länken i ett material
  metodstod list --json | jq .       katalogen som JSON
  metodstod export sexit bsr-trm > lista.md         en läslista i Markdown
  metodstod export --format ris --query hotell > hotell.ris   för Zotero eller EndNote
  metodstod check min-katalog.json   kontrollera en egen katalog",
    usage: "Användning",
    options: "Flaggor",
    arguments: "Argument",
    commands: "Kommandon",
    possible_values_heading: "möjliga värden",
    default_value: "standard",
    options_placeholder: "[FLAGGOR]",
    command_placeholder: "KOMMANDO",
    command_help: &[
        ("list", "Lista materialen, ett per rad: metodstod list --category embassies"),
        ("show", "Visa ett material i sin helhet: metodstod show sexit"),
        (
            "search",
            "Sök med samma rangordning som i den interaktiva vyn: metodstod search ostersjo handbok",
        ),
        (
            "categories",
            "Lista kategorierna och hur många material var och en har: metodstod categories",
        ),
        ("about", "Om katalogen: källa, datum, omfång och fil: metodstod about"),
        (
            "open",
            "Öppna en länk i ett material (över SSH skrivs den ut och kopieras): metodstod open sexit 2",
        ),
        ("export", "Skriv en läslista till standard ut: metodstod export --format csv > lista.csv"),
        ("check", "Kontrollera en katalogfil (annars den som används): metodstod check min.json"),
        ("help", "Visa den här hjälpen, eller hjälpen för ett kommando"),
    ],
    arg_help: &[
        (
            "catalogue",
            "Använd den här katalogfilen i stället för den inbyggda [miljövariabel: METODSTOD_CATALOGUE]",
        ),
        (
            "lang",
            "Språk för gränssnitt och beskrivningar: sv (svenska) eller en (engelska) [miljövariabel: METODSTOD_LANG; annars språkinställningen]",
        ),
        (
            "ascii",
            "Bara ASCII-tecken för ramar och symboler (automatiskt vid TERM=linux eller dumb och när teckenkodningen inte är UTF-8)",
        ),
        ("no_color", "Inga färger (inte heller när NO_COLOR är satt)"),
        (
            "mouse",
            "Använd musen: klick väljer, hjulet rullar (utan flaggan kan du markera text i terminalen som vanligt)",
        ),
        (
            "select",
            "Starta den interaktiva vyn med det här materialet valt, till exempel --select sexit",
        ),
        (
            "plain",
            "Ett radbaserat läge för skärmläsare och enkla terminaler (automatiskt vid TERM=dumb)",
        ),
        (
            "screen_reader",
            "Bläddringsläget i skärmläsarläget: en kolumn i taget utan ramar, markören på det valda, för skärmläsare som Orca, NVDA och fenrir; F2 växlar [miljövariabel: METODSTOD_SCREEN_READER=1]",
        ),
        (
            "ssh_command",
            "För ForceCommand i sshd: kör det som SSH-klienten bad om (SSH_ORIGINAL_COMMAND) om det är ett material-id eller ett kommando som bara läser; vägra allt annat (docs/ssh.md)",
        ),
        ("help", "Visa hjälpen"),
        ("version", "Visa versionen"),
        ("json", "Skriv JSON i stället för text"),
        ("list.category", "Bara material i den här kategorin (se metodstod categories)"),
        ("show.id", "Materialets id, som list skriver det"),
        ("search.query", "Sökord; alla måste finnas med"),
        ("open.id", "Materialets id"),
        ("open.n", "Vilken länk, räknat från 1"),
        (
            "export.format",
            "md (Markdown), csv (kalkylprogram), ris (Zotero, EndNote), bibtex, json, html (en webbsida)",
        ),
        ("export.ids", "De här materialen, i den här ordningen (annars alla)"),
        (
            "export.query",
            "Materialen som en sökning hittar, bäst först, i samma ordning som search",
        ),
        ("export.category", "Materialen i en kategori (se metodstod categories)"),
        ("check.path", "Filen som ska kontrolleras"),
        ("help.subcommand", "Kommandot vars hjälp ska visas"),
    ],
    value_names: &[
        ("PATH", "SÖKVÄG"),
        ("QUERY", "SÖKORD"),
        ("WORDS", "SÖKORD"),
        ("COMMAND", "KOMMANDO"),
    ],
    error: "fel",
    hint: "tips",
    unknown_argument: "okänt argument: {arg}",
    unknown_command: "det finns inget kommando som heter {arg}",
    suggestion: "menade du {suggestion}?",
    invalid_value: "ogiltigt värde {value} för {arg}",
    possible_values: "möjliga värden: {values}",
    missing_value: "{arg} behöver ett värde",
    missing_required: "{arg} måste anges",
    conflict: "{arg} kan inte användas tillsammans med {other}",
    too_many_values: "för många värden för {arg}: {value}",
    missing_command: "ett kommando saknas",
    not_utf8: "ett argument är inte giltig UTF-8-text",
    more_help: "Mer hjälp: {command} --help",
    no_such_language: "{value} är inget språk som programmet har; välj sv (svenska) eller en (engelska)",
    no_entry: "det finns inget material med id:t {id}",
    no_category: "det finns ingen kategori med id:t {id}",
    did_you_mean: "menade du {ids}?",
    or: "eller",
    the_ids_are: "de id som finns är: {ids}",
    link_count: Counted {
        one: "{id} har bara {n} länk; välj 1",
        many: "{id} har {n} länkar; välj en av 1–{n}",
    },
    over_ssh: "över SSH startas ingen webbläsare på servern; adressen skrivs ut (och kopieras om terminalen tillåter det)",
    ssh_command_alone: "--ssh-command tar kommandot från SSH_ORIGINAL_COMMAND; ange inget kommando och ingen --select bredvid",
    could_not_open: "kunde inte öppna {url}: {why}",
    check_ok: "ok: {resources} i {categories}",
    problems_found: Counted { one: "{n} fel hittades", many: "{n} fel hittades" },
    built_in_catalogue: "den inbyggda katalogen",
    cannot_read: "{origin}: katalogen kan inte läsas: {error}",
    no_such_file: "filen finns inte",
    permission_denied: "behörighet saknas",
    hint_path_option: "kontrollera sökvägen, eller utelämna --catalogue för att använda den inbyggda katalogen",
    hint_path_environment: "kontrollera sökvägen, eller ta bort METODSTOD_CATALOGUE för att använda den inbyggda katalogen",
    hint_path_check: "kontrollera sökvägen; metodstod check utan sökväg kontrollerar katalogen som används",
    is_directory: "{origin}: är en mapp, inte en katalogfil",
    hint_directory: "ange själva JSON-filen, till exempel {file}",
    too_large: "{origin}: större än {limit} MiB och läses därför inte",
    hint_too_large: "dela upp katalogen, eller kontrollera att det är rätt fil",
    not_utf8_file: "{origin}:{line}:{column}: inte giltig UTF-8",
    hint_utf8: "spara filen som UTF-8; läsningen slutade där, så fler fel kan följa",
    invalid_json: "{origin}:{line}:{column}: ogiltig JSON: {error}",
    hint_json: "rätta JSON-koden på det stället; läsningen slutade där, så fler fel kan följa",
};
