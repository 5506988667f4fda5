//! The built-in editions' shapes as core/build.rs writes them from `bank.json` and
//! `bank-edition-2.json`: a few lines of ids, read here without serde, so the widget's start-up
//! parses no JSON but what the browser has stored (the session, earlier results). A test holds each equal to its JSON's reading.
//!
//! The lines: `<set id> <edition>`; the stage ids, separated by spaces; then one line per
//! criterion: its id and its statements, each ` <id>:<since>`, followed by `:<f or -><n or ->`
//! where the set records who can answer it (a frontline worker, a newcomer).

use super::{AnswerableBy, Criterion, QuestionSet, SetError, Statement};

include!(concat!(env!("OUT_DIR"), "/questions/shapes.rs"));

impl QuestionSet {
    /// Reads and validates a shape in the lines above (the build wrote them; a failure is a
    /// build defect, reported as the JSON reader would report a broken file).
    pub(super) fn from_shape_lines(text: &str) -> Result<QuestionSet, SetError> {
        let mut lines = text.lines();
        let (id, edition) = lines
            .next()
            .and_then(|first| first.split_once(' '))
            .ok_or_else(|| broken("its first line is not `<id> <edition>`"))?;
        let edition = edition
            .parse()
            .map_err(|_| broken("its edition is not a number"))?;
        let stages = lines
            .next()
            .ok_or_else(|| broken("it has no stages"))?
            .split(' ')
            .map(String::from)
            .collect();
        let criteria = lines.map(criterion).collect::<Result<_, _>>()?;
        let set = QuestionSet {
            id: id.to_string(),
            edition,
            stages,
            criteria,
        };
        set.validate()?;
        Ok(set)
    }
}

fn criterion(line: &str) -> Result<Criterion, SetError> {
    let mut words = line.split(' ');
    let id = words.next().unwrap_or_default();
    Ok(Criterion {
        id: id.to_string(),
        statements: words.map(statement).collect::<Result<_, _>>()?,
    })
}

fn statement(word: &str) -> Result<Statement, SetError> {
    let mut fields = word.split(':');
    let id = fields.next().unwrap_or_default();
    let since = fields
        .next()
        .and_then(|since| since.parse().ok())
        .ok_or_else(|| {
            broken(&format!(
                "the statement {id} has no edition, or not a number"
            ))
        })?;
    let answerable_by = fields.next().map(answerable_by).transpose()?;
    if fields.next().is_some() {
        return Err(broken(&format!("the statement {id} has too many fields")));
    }
    Ok(Statement {
        id: id.to_string(),
        since,
        answerable_by,
    })
}

fn answerable_by(flags: &str) -> Result<AnswerableBy, SetError> {
    match flags.as_bytes() {
        [frontline @ (b'f' | b'-'), newcomer @ (b'n' | b'-')] => Ok(AnswerableBy {
            frontline: *frontline == b'f',
            newcomer: *newcomer == b'n',
        }),
        _ => Err(broken(&format!("{flags:?} is not who can answer"))),
    }
}

fn broken(detail: &str) -> SetError {
    SetError::Syntax(format!("a shape's lines: {detail}"))
}
