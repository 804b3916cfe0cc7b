//! The command line in Swedish.

use super::{CliTexts, Counted};

pub static TEXTS: CliTexts = CliTexts {
    about: "Bläddra i NSPM:s lista över metodstöd mot prostitution och människohandel",
    examples: "\
Exempel:
  metodstod                          öppna bläddringsläget
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
            "Sök med samma rangordning som i bläddringsläget: metodstod search ostersjo handbok",
        ),
        (
            "categories",
            "Lista kategorierna och hur många material var och en har: metodstod categories",
        ),
        ("about", "Om katalogen: källa, datum, antal och fil: metodstod about"),
        (
            "open",
            "Öppna en länk i ett material (över SSH visas och kopieras adressen): metodstod open sexit 2",
        ),
        ("export", "Skriv en läslista till standard ut: metodstod export --format csv > lista.csv"),
        (
            "check",
            "Kontrollera en katalogfil (utan sökväg: katalogen som används): metodstod check min.json",
        ),
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
        ("no_color", "Inga färger (samma som att sätta NO_COLOR)"),
        (
            "mouse",
            "Använd musen: klick väljer, hjulet rullar (utan flaggan kan du markera text i terminalen som vanligt)",
        ),
        (
            "select",
            "Starta bläddringsläget med det här materialet valt, till exempel --select sexit",
        ),
        (
            "plain",
            "Radläget: en rad i taget, för skärmläsare och enkla terminaler (automatiskt vid TERM=dumb)",
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
        (
            "list.category",
            "Bara material i den här kategorin: dess id, dess svenska eller engelska namn eller början av något av dem (se metodstod categories)",
        ),
        ("show.id", "Materialets id (se metodstod list)"),
        ("search.query", "Sökord; träffarna rangordnas, och alla ord behöver inte finnas med"),
        ("open.id", "Materialets id"),
        ("open.n", "Vilken länk, räknat från 1"),
        (
            "export.format",
            "md (Markdown), csv (kalkylprogram), ris (Zotero, EndNote), bibtex, json, html (en webbsida)",
        ),
        ("export.ids", "De här materialen, i den ordning de anges (utan id: alla)"),
        ("export.query", "Materialen som en sökning hittar, i samma rangordning som search"),
        (
            "export.category",
            "Materialen i en kategori, med id eller namn (se metodstod categories)",
        ),
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
    given_twice: "{arg} får bara anges en gång",
    too_many_values: "för många värden för {arg}: {value}",
    missing_command: "ett kommando saknas",
    not_utf8: "ett argument är inte giltig UTF-8-text",
    more_help: "Mer hjälp: {command} --help",
    no_such_language: "programmet finns inte på språket {value}; välj sv (svenska) eller en (engelska)",
    no_entry: "det finns inget material med id:t {id}",
    no_category: "ingen kategori har namnet eller id:t {id}",
    category_ambiguous: "{id} kan vara flera kategorier",
    category_candidates: "menade du {names}? Skriv mer av namnet",
    did_you_mean: "menade du {ids}?",
    or: "eller",
    the_ids_are: "id:na som finns är: {ids}",
    see_categories: "metodstod categories visar alla kategorier med id och namn",
    link_count: Counted {
        one: "{id} har bara {n} länk; välj 1",
        many: "{id} har {n} länkar; välj en av 1–{n}",
    },
    over_ssh: "över SSH startas ingen webbläsare på servern; adressen skrivs ut (och kopieras om terminalen tillåter det)",
    ssh_command_alone: "--ssh-command tar kommandot från SSH_ORIGINAL_COMMAND och kan inte kombineras med ett kommando eller med --select",
    could_not_open: "kunde inte öppna {url}: {why}",
    terminal_failed: "terminalen kunde inte användas: {error}",
    streams_failed: "kunde inte läsa eller skriva: {error}",
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
    hint_json: "rätta felet där; läsningen slutade vid det, så fler fel kan följa: kör metodstod check {file} igen för att se dem",
};
