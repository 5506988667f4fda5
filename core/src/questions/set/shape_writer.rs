//! Writes a set's shape (`bank.json`'s form) as the lines `set::shape` reads. core/build.rs
//! includes this file to write the built-in editions' lines; the crate compiles it only for its
//! tests, which hold the writer to the JSON reader's rules.

use std::fmt::Write as _;

use serde_json::Value;

/// A set's shape in `questions::set::shape`'s lines: `<id> <edition>`; the stage ids; then per
/// criterion its id and its statements, each `<id>:<since>`, with `:<f or -><n or ->` where the
/// set records who can answer it. It refuses what `QuestionSet::from_json` would (an unknown
/// field, a number beyond u32), so a bank the widget could not read fails the build, not the
/// widget's start; a core test holds what is read from the lines equal to the JSON's reading.
pub fn shape_lines(set: &Value) -> Result<String, String> {
    fn word<'a>(value: &'a Value, what: &str) -> Result<&'a str, String> {
        let text = value
            .as_str()
            .ok_or_else(|| format!("{what} is not a text"))?;
        if text.is_empty() || text.contains(|c: char| c.is_whitespace() || c == ':') {
            return Err(format!(
                "{what} {text:?} is empty or holds a space or a colon"
            ));
        }
        Ok(text)
    }
    fn list<'a>(value: &'a Value, what: &str) -> Result<&'a Vec<Value>, String> {
        value
            .as_array()
            .ok_or_else(|| format!("{what} is not a list"))
    }
    fn number(value: &Value, what: &str) -> Result<u32, String> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| format!("{what} is not a number from 0 to {}", u32::MAX))
    }
    fn only_fields(value: &Value, fields: &[&str], what: &str) -> Result<(), String> {
        let object = value
            .as_object()
            .ok_or_else(|| format!("{what} is not an object"))?;
        match object.keys().find(|key| !fields.contains(&key.as_str())) {
            Some(key) => Err(format!("{what} has an unknown field {key:?}")),
            None => Ok(()),
        }
    }
    only_fields(set, &["id", "edition", "stages", "criteria"], "the set")?;
    let edition = number(&set["edition"], "the edition")?;
    let mut out = format!("{} {edition}\n", word(&set["id"], "the set's id")?);
    let stages = list(&set["stages"], "stages")?
        .iter()
        .map(|stage| word(stage, "a stage"))
        .collect::<Result<Vec<_>, _>>()?;
    out.push_str(&stages.join(" "));
    for criterion in list(&set["criteria"], "criteria")? {
        only_fields(criterion, &["id", "statements"], "a criterion")?;
        out.push('\n');
        out.push_str(word(&criterion["id"], "a criterion's id")?);
        for statement in list(&criterion["statements"], "statements")? {
            only_fields(statement, &["id", "since", "answerable_by"], "a statement")?;
            let id = word(&statement["id"], "a statement's id")?;
            let since = number(&statement["since"], &format!("{id}'s since"))?;
            let _ = write!(out, " {id}:{since}");
            // Absent and null both mean "not recorded", as serde reads an Option.
            if let Some(by) = statement.get("answerable_by").filter(|by| !by.is_null()) {
                only_fields(
                    by,
                    &["frontline", "newcomer"],
                    &format!("{id}'s answerable_by"),
                )?;
                let flag = |name: &str, letter: char| match by[name].as_bool() {
                    Some(true) => Ok(letter),
                    Some(false) => Ok('-'),
                    None => Err(format!("{id}: answerable_by.{name} is not true or false")),
                };
                let _ = write!(
                    out,
                    ":{}{}",
                    flag("frontline", 'f')?,
                    flag("newcomer", 'n')?
                );
            }
        }
    }
    Ok(out)
}
