//! The privacy promise, the way to delete everything, and the copies of unreadable data kept
//! aside (to download or put back), on every page.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::clock::local_day;
use crate::ui::content::use_content;
use crate::ui::state::Confirm;
use crate::ui::storage::KeptCopy;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub on_ask: Callback<Confirm>,
    pub kept: Rc<Vec<KeptCopy>>,
    /// Whether a kept copy may be put back now (only while saving works normally).
    pub can_restore: bool,
    /// Asks to use the kept copy with this key as the person's answers.
    pub on_restore: Callback<String>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    crate::ui::render_count::note("Footer");
    let content = use_content();
    let on_delete = {
        let on_ask = props.on_ask.clone();
        move |_| on_ask.emit(Confirm::DeleteEverything)
    };
    html! {
        <footer class="app-footer">
            <p>{ content.text("footer-privacy") }</p>
            <button type="button" class="link-button" onclick={on_delete}>
                { content.text("confirm-delete-open") }
            </button>
            if !props.kept.is_empty() {
                <KeptCopies kept={props.kept.clone()} can_restore={props.can_restore} on_restore={props.on_restore.clone()} />
            }
        </footer>
    }
}

#[derive(Properties, PartialEq)]
struct KeptCopiesProps {
    kept: Rc<Vec<KeptCopy>>,
    can_restore: bool,
    on_restore: Callback<String>,
}

/// Saved data that could not be read is never thrown away: it is kept aside (the newest few of
/// each kind), and here the person can take a copy as a file or put it back.
#[component]
fn KeptCopies(props: &KeptCopiesProps) -> Html {
    let content = use_content();
    let status = use_state(String::new);
    let items = props.kept.iter().enumerate().map(|(index, copy)| {
        let item_id = format!("kept-copy-{index}");
        let day = local_day(copy.kept_ms);
        let what = match copy.what.as_str() {
            "history" => "footer-kept-history",
            "replaced" => "footer-kept-replaced",
            "unsaved" => "footer-kept-unsaved",
            _ => "footer-kept-session",
        };
        let on_download = {
            let (raw, status, content) = (copy.raw.clone(), status.clone(), content);
            // The file's name stays the same in every language (it is not read as words).
            let name = format!("partnership-readiness-kept-{}-{}.txt", copy.what, day.iso());
            move |_| match web::download_text(&content, &name, "text/plain", &raw) {
                Ok(()) => status.set(content.format("footer-downloading", &[("file", (&name).into())])),
                Err(reason) => status.set(
                    content.format("footer-download-failed", &[("reason", (&reason).into())]),
                ),
            }
        };
        let restore = copy.restorable_answers.filter(|_| props.can_restore).map(|answers| {
            let (on_restore, key) = (props.on_restore.clone(), copy.key.clone());
            html! {
                <button type="button" class="button small secondary" aria-describedby={item_id.clone()} onclick={move |_| on_restore.emit(key.clone())}>
                    { content.format("footer-kept-use", &[("count", answers.into())]) }
                </button>
            }
        });
        html! {
            <li data-testid="kept-copy" data-kind={copy.what.clone()}>
                <span id={item_id.clone()}>{ content.format(what, &[("date", (&day.long(&content)).into())]) }</span>
                <span class="button-row">
                    <button type="button" class="button small secondary" aria-describedby={item_id.clone()} onclick={on_download}>{ content.text("footer-kept-download") }</button>
                    { for restore }
                </span>
            </li>
        }
    });
    html! {
        <details class="kept-copies" data-testid="kept-copies">
            <summary>{ content.format("footer-kept-summary", &[("count", props.kept.len().into())]) }</summary>
            <p>{ content.text("footer-kept-explanation") }</p>
            <ul>{ for items }</ul>
            <p class="status" role="status">{ (*status).clone() }</p>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use crate::core::questions::content::Content;
    use crate::core::text::calendar::Day;

    /// The footer's English, word for word as it was written in the code before it moved to
    /// notices.ftl.
    #[test]
    fn the_footer_reads_as_before() {
        let en = Content::english();
        assert_eq!(
            en.text("footer-privacy"),
            "Anonymous: your answers are kept only in this browser and are never sent anywhere."
        );
        assert_eq!(en.text("confirm-delete-open"), "Delete my answers");
        assert_eq!(
            en.format("footer-kept-summary", &[("count", 2.into())]),
            "Saved data kept aside (2)"
        );
        assert_eq!(en.text("footer-kept-explanation"), "This browser holds data that this page could not use. It is kept so that nothing is lost: take a copy as a file, or put saved answers back as your own. \u{201c}Delete my answers\u{201d} removes these too.");
        let date = Day(20_415).long(en);
        assert_eq!(
            en.format("footer-kept-history", &[("date", (&date).into())]),
            "A list of earlier results that could not be read, kept on 23 November 2025"
        );
        assert_eq!(
            en.format("footer-kept-use", &[("count", 2.into())]),
            "Use these 2 answers"
        );
        assert_eq!(
            en.format(
                "footer-download-failed",
                &[("reason", "the browser refused".into())]
            ),
            "The download did not start (the browser refused)."
        );
        assert_eq!(
            en.format("footer-downloading", &[("file", "a.txt".into())]),
            "Downloading a.txt."
        );
        assert_eq!(
            en.format("app-org-name", &[("name", "Anytown".into())]),
            "\u{b7} Anytown"
        );
        assert_eq!(en.text("product-name"), "Partnership Readiness Check");
    }
}
