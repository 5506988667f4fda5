use super::sheet::*;
use super::*;

fn entries(area: &str, source: &str) -> Vec<Entry> {
    parse_file(area, source).expect("the test's Fluent reads")
}

const ROLE_CHOICE: &str = "\
# What to do next, worded for the person's role.
action = { $role ->
    [lead] Agree with partners who leads the work.
    [manager] Find out who leads the work.
   *[staff] Find out who leads the work, and ask { -product-name } for help.
}
";

#[test]
fn html_escapes_markup_ampersands_and_both_quotes() {
    assert_eq!(
        escape_html(r#"<a href="x">Tom & Jerry's</a>"#),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
    );
    // In the page itself: every cell and note, English and Welsh.
    let english = entries(
        "shared",
        "# A note with <b>bold</b> & \"quotes\"\nmarkup = Use <script>alert('x')</script> & \"this\"\n",
    );
    let welsh = entries("shared", "markup = Defnyddiwch <i>hwn</i> & ’r llall\n");
    let html = Sheet::new("cy", &english, &welsh, "commit <abc>").html();
    assert!(
        html.contains("Use &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;this&quot;")
    );
    assert!(html.contains("Defnyddiwch &lt;i&gt;hwn&lt;/i&gt; &amp; ’r llall"));
    assert!(html.contains("A note with &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;"));
    assert!(html.contains("commit &lt;abc&gt;"));
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<b>bold"));
    assert!(!html.contains("<i>hwn"));
}

#[test]
fn csv_fields_are_quoted_as_rfc_4180_says() {
    assert_eq!(csv_field("plain words"), "plain words");
    assert_eq!(csv_field("one, two"), "\"one, two\"");
    assert_eq!(csv_field("say \"hello\""), "\"say \"\"hello\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("a\r\nb"), "\"a\r\nb\"");
    assert_eq!(csv_field(""), "");
    // A term's key would be read as a formula.
    assert_eq!(csv_field("-product-name"), "'-product-name");
    assert_eq!(csv_field("=1+1, x"), "\"'=1+1, x\"");

    let english = entries("shared", "greeting = Hello, \"you\"\n");
    let welsh = entries("shared", "greeting = Shwmae, “chi”\n");
    let csv = Sheet::new("cy", &english, &welsh, "").csv();
    // UTF-8 with a byte-order mark, so Excel reads Welsh letters; CRLF after every record.
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.as_bytes().starts_with(&[0xef, 0xbb, 0xbf]));
    let records: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        records,
        [
            "Key,File,Section,English,Welsh,Note for the translator,Note in the Welsh file,Status,Correction or comment",
            "greeting,shared,,\"Hello, \"\"you\"\"\",\"Shwmae, “chi”\",,,,",
            "",
        ]
    );
}

#[test]
fn a_choice_is_shown_case_by_case_not_as_fluent_syntax() {
    let english = entries("questionnaire", ROLE_CHOICE);
    let Text::Cases(cases) = &english[0].text else {
        panic!("a choice reads as cases: {:?}", english[0].text);
    };
    let labels: Vec<&str> = cases.iter().map(|case| case.label.as_str()).collect();
    assert_eq!(
        labels,
        ["$role: lead", "$role: manager", "$role: staff (default)"]
    );
    assert_eq!(
        cases[2].pieces,
        [
            Piece::Words("Find out who leads the work, and ask ".into()),
            Piece::Placeable("{ -product-name }".into()),
            Piece::Words(" for help.".into()),
        ]
    );
    let sheet = Sheet::new("cy", &english, &english, "");
    let csv = sheet.csv();
    assert!(csv.contains(
        "\"[$role: lead] Agree with partners who leads the work.\n\
         [$role: manager] Find out who leads the work.\n\
         [$role: staff (default)] Find out who leads the work, and ask { -product-name } for help.\""
    ));
    let html = sheet.html();
    assert!(html.contains(
        "<p class=\"text case\"><span class=\"case-label\" lang=\"en\">$role: manager</span> Find out who leads the work.</p>"
    ));
    assert!(html.contains("<code class=\"value\">{ -product-name }</code>"));
    for fluent in ["-&gt;", "*[", "[lead]", "$role -"] {
        assert!(
            !html.contains(fluent),
            "Fluent syntax {fluent:?} left in the page"
        );
        assert!(
            !csv.contains(fluent),
            "Fluent syntax {fluent:?} left in the CSV"
        );
    }

    // At most two wordings per action: a manager's that repeats the staff one is shown once.
    let two_wordings = entries(
        "questionnaire",
        "action = { $role ->\n    [lead] Agree it.\n    [manager] Ask for it.\n   *[staff] Ask for it.\n}\n",
    );
    assert_eq!(
        text_plain(&two_wordings[0].text),
        "[$role: lead] Agree it.\n[$role: manager, staff (default)] Ask for it."
    );
}

#[test]
fn a_plural_inside_a_sentence_gives_each_form_as_a_whole_sentence() {
    let welsh = entries(
        "assessment",
        "welcome = Atebwch { $count ->\n    [zero] { $count } datganiad\n    [one] { $count } datganiad\n    [two] { $count } ddatganiad\n   *[other] { $count } datganiad\n} am y bartneriaeth.\n",
    );
    // Forms that read the same are one case, labelled with each form.
    assert_eq!(
        text_plain(&welsh[0].text),
        "[$count: zero (0), one (1), other (default)] Atebwch { $count } datganiad am y bartneriaeth.\n\
         [$count: two (2)] Atebwch { $count } ddatganiad am y bartneriaeth."
    );
    let exact = entries(
        "shared",
        "n = { $n ->\n    [0] none\n   *[other] { $n }\n}\n",
    );
    assert_eq!(
        text_plain(&exact[0].text),
        "[$n: exactly 0] none\n[$n: other (default)] { $n }"
    );
}

#[test]
fn a_message_without_welsh_has_an_empty_flagged_cell() {
    let english = entries("notices", "kept = Kept.\nnew-one = Brand new.\n");
    let welsh = entries(
        "notices",
        "kept = Wedi’i gadw.\nextra = Dim ond yn Gymraeg.\n",
    );
    let sheet = Sheet::new("cy", &english, &welsh, "");
    let statuses: Vec<(&str, Status)> = sheet
        .rows
        .iter()
        .map(|row| (row.entry().key.as_str(), row.status()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("kept", Status::Translated),
            ("new-one", Status::Missing),
            ("extra", Status::OnlyTranslated),
        ]
    );
    assert_eq!(sheet.count(Status::Missing), 1);
    let html = sheet.html();
    assert!(html.contains(
        "<tr id=\"m-new-one\" class=\"missing\"><td class=\"key\">new-one<span class=\"in-file\">notices.ftl</span></td><td lang=\"en\"><p class=\"text\">Brand new.</p></td><td lang=\"cy\" class=\"translation\"><strong class=\"flag\" lang=\"en\">Missing in Welsh</strong></td>"
    ));
    assert!(html.contains("Only in Welsh: not in English"));
    let csv = sheet.csv();
    assert!(csv.contains("\r\nnew-one,notices,,Brand new.,,,,Missing in Welsh,\r\n"));
    assert!(csv.contains("\r\nkept,notices,,Kept.,Wedi’i gadw.,,,,\r\n"));
}

#[test]
fn the_note_is_the_comment_directly_above_and_the_heading_its_group() {
    let english = entries(
        "assessment",
        "## The welcome page\n\n# Not attached: a blank line follows.\n\nfirst = One\n# $count is the number of statements;\n# always more than one.\n# - a list item\nsecond = Two { $count }\n",
    );
    assert_eq!(english[0].note, "");
    assert_eq!(english[0].group.as_deref(), Some("The welcome page"));
    assert_eq!(
        english[1].note,
        "$count is the number of statements; always more than one.\n- a list item"
    );
    let welsh = entries("assessment", "# Nodyn Cymraeg.\nsecond = Dau { $count }\n");
    let html = Sheet::new("cy", &english, &welsh, "").html();
    assert!(html.contains("<p lang=\"cy\"><span class=\"note-label\" lang=\"en\">In the Welsh file:</span> Nodyn Cymraeg.</p>"));
    assert!(html.contains(
        "<tr class=\"group\"><th colspan=\"4\">The welcome page</th></tr>\n<tr id=\"m-first\""
    ));
    // The heading is shown once, above the first message under it.
    assert_eq!(html.matches("The welcome page").count(), 1);
}

#[test]
fn a_file_that_does_not_read_names_the_line() {
    let problems = parse_file("shared", "good = Fine\n\nnot a message\nlast = Fine\n").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("line 3:"), "{problems:?}");
}

/// Every key of the project's own English files is in the sheet once, in both outputs: found here
/// by reading the files line by line, not with the parser the sheet uses.
#[test]
fn every_english_key_of_the_language_files_is_in_the_sheet() {
    let lang = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/lang");
    let english = read_language(&lang.join(REFERENCE)).unwrap();
    let welsh = read_language(&lang.join("cy")).unwrap();
    let sheet = Sheet::new("cy", &english, &welsh, "");
    let mut keys = Vec::new();
    for file in fs::read_dir(lang.join(REFERENCE)).unwrap() {
        let text = fs::read_to_string(file.unwrap().path()).unwrap();
        for line in text.lines() {
            let Some((key, _)) = line.split_once(" =") else {
                continue;
            };
            if !key.is_empty()
                && key
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                keys.push(key.to_string());
            }
        }
    }
    assert!(
        keys.len() > 300,
        "the English files hold {} keys",
        keys.len()
    );
    let html = sheet.html();
    let csv = sheet.csv();
    let first_fields: Vec<&str> = csv
        .split("\r\n")
        .filter_map(|record| record.split(',').next())
        .collect();
    for key in &keys {
        let rows = sheet
            .rows
            .iter()
            .filter(|row| row.english.is_some_and(|e| &e.key == key))
            .count();
        assert_eq!(rows, 1, "{key} is in the sheet {rows} times");
        assert!(
            html.contains(&format!("<td class=\"key\">{key}<span")),
            "{key} is not in the page"
        );
        assert!(
            first_fields.contains(&csv_field(key).as_str()),
            "{key} is not in the CSV"
        );
    }
    assert_eq!(sheet.english_count(), keys.len());
}
