//! "Your earlier results on this device": each finished assessment, newest first, opening as a
//! read-only snapshot.

use yew::prelude::*;

use super::fragment_link::FragmentLink;

use crate::core::history::History;
use crate::core::snapshot::{Snapshot, FRAGMENT_KEY};

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub history: std::rc::Rc<History>,
}

fn entry(snapshot: &Snapshot) -> Html {
    let overall = match snapshot.overall {
        Some(score) => format!("overall {score} / 100"),
        None => "not enough answers for an overall score".to_string(),
    };
    let name = if snapshot.label.is_empty() {
        snapshot.day.long()
    } else {
        format!("{} \u{b7} {}", snapshot.day.long(), snapshot.label)
    };
    html! {
        <li>
            <FragmentLink fragment={format!("{FRAGMENT_KEY}={}", snapshot.encode())}>{ name }</FragmentLink>
            <span class="history-overall">{ format!(" \u{2014} {overall}") }</span>
        </li>
    }
}

#[component]
pub fn HistoryPanel(props: &HistoryProps) -> Html {
    if props.history.entries.is_empty() {
        return Html::default();
    }
    html! {
        <details class="history">
            <summary><h2 id="history-heading" class="summary-heading">{ format!("Your results on this device ({})", props.history.entries.len()) }</h2></summary>
            <p class="hint">{ "Each finished assessment is kept here, in this browser only. \u{201c}Delete my answers\u{201d} removes them too." }</p>
            <ol class="history-list" reversed=true data-testid="history-list">
                { for props.history.entries.iter().rev().map(entry) }
            </ol>
        </details>
    }
}

/// The result to compare with: the latest kept result, unless that is the one on screen (it
/// was kept when the person finished), in which case the one before it.
pub fn previous_result<'a>(history: &'a History, current: &Snapshot) -> Option<&'a Snapshot> {
    let mut earlier = history.entries.iter().rev();
    match earlier.next() {
        Some(latest) if latest.same_scores(current) => earlier.next(),
        latest => latest,
    }
}
