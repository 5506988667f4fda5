//! "Your earlier results on this device": each finished assessment, newest first, opening as a
//! read-only snapshot.

use yew::prelude::*;

use crate::ui::components::fragment_link::FragmentLink;

use crate::core::formats::history::History;
use crate::core::formats::snapshot::{Snapshot, FRAGMENT_KEY};
use crate::core::questions::content::Content;
use crate::core::questions::set::QuestionSet;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub history: std::rc::Rc<History>,
}

fn entry(content: &Content, snapshot: &Snapshot) -> Html {
    let overall = match snapshot.overall {
        Some(score) => content.format("history-entry-overall", &[("score", score.into())]),
        None => content.text("history-entry-no-overall"),
    };
    let date = snapshot.day.long(content);
    let name = if snapshot.label.is_empty() {
        date
    } else {
        content.format(
            "history-entry-name",
            &[
                ("date", date.as_str().into()),
                ("label", snapshot.label.as_str().into()),
            ],
        )
    };
    html! {
        <li>
            <FragmentLink fragment={format!("{FRAGMENT_KEY}={}", snapshot.encode())}>{ name }</FragmentLink>
            <span class="history-overall">{ overall }</span>
        </li>
    }
}

#[component]
pub fn HistoryPanel(props: &HistoryProps) -> Html {
    let content = use_content();
    if props.history.entries.is_empty() {
        return Html::default();
    }
    html! {
        <details class="history">
            <summary><h2 id="history-heading" class="summary-heading">{ content.format("history-heading", &[("count", props.history.entries.len().into())]) }</h2></summary>
            <p class="hint">{ content.text("history-hint") }</p>
            <ol class="history-list" reversed=true data-testid="history-list">
                { for props.history.entries.iter().rev().map(|snapshot| entry(&content, snapshot)) }
            </ol>
        </details>
    }
}

/// The result to compare with: the latest kept result of this questionnaire (another question
/// set's would be drawn against criteria it was not scored by), unless that is the one on screen
/// (it was kept when the person finished), in which case the one before it.
pub fn previous_result<'a>(
    set: &QuestionSet,
    history: &'a History,
    current: &Snapshot,
) -> Option<&'a Snapshot> {
    let mut earlier = history.entries.iter().rev().filter(|s| s.fits(set));
    match earlier.next() {
        Some(latest) if latest.same_scores(current) => earlier.next(),
        latest => latest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::formats::history::testing::snapshot;
    use crate::core::formats::snapshot::QuestionSetRef;
    use crate::core::questions::set::built_in_set;

    #[test]
    fn the_previous_result_is_never_one_of_another_question_set() {
        let current = snapshot(60, 9);
        let theirs = Snapshot {
            question_set: Some(QuestionSetRef {
                id: "cyngor-sir".into(),
                fingerprint: 7,
            }),
            ..snapshot(30, 8)
        };
        let history = History {
            entries: vec![snapshot(40, 1), theirs],
        };
        assert_eq!(
            previous_result(built_in_set(), &history, &current),
            Some(&snapshot(40, 1)),
            "the same question set's earlier result, not the organisation's"
        );
        let only_theirs = History {
            entries: vec![history.entries[1].clone()],
        };
        assert_eq!(
            previous_result(built_in_set(), &only_theirs, &current),
            None
        );
    }
}
