//! A shared result, opened from a link: read only, and never touching the visitor's own saved
//! answers. A link that cannot be read gets a message saying exactly what is wrong with it.

use std::rc::Rc;

use yew::prelude::*;

use super::fragment_link::FragmentLink;

use crate::core::compare;
use crate::core::export::file_stem;
use crate::core::picture::result_picture;
use crate::core::questionnaire::default_bank;
use crate::core::report;
use crate::core::settings::Settings;
use crate::core::snapshot::{Snapshot, SnapshotError};

use super::app_title::AppTitle;
use super::picture_actions::PictureActions;
use super::radar::RadarView;
use super::result_parts::{
    criteria_guidance, edition_note, highlights, overall_card, score_table, stage_note,
};

#[derive(Properties, PartialEq)]
pub struct SnapshotProps {
    /// The code after `#result=`.
    pub code: AttrValue,
    /// Whether this browser holds answers of the visitor's own (changes the way forward).
    pub has_own_answers: bool,
    pub on_leave: Callback<()>,
}

fn decode_for_this_bank(code: &str) -> Result<Snapshot, SnapshotError> {
    let snapshot = Snapshot::decode(code)?;
    if snapshot.fits(default_bank()) {
        Ok(snapshot)
    } else {
        Err(SnapshotError::OtherQuestionnaire)
    }
}

#[component]
pub fn SnapshotPage(props: &SnapshotProps) -> Html {
    let settings = use_context::<Rc<Settings>>().unwrap_or_default();
    let heading = use_node_ref();
    {
        // Arriving from a link (or a history entry), start reading at the heading.
        let heading = heading.clone();
        use_effect_with(props.code.clone(), move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let leave_label = if props.has_own_answers {
        "Go to your own assessment"
    } else {
        "Take the assessment yourself"
    };
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let leave = html! {
        <button type="button" class="button primary" onclick={on_leave}>{ leave_label }</button>
    };

    let snapshot = match decode_for_this_bank(&props.code) {
        Ok(snapshot) => snapshot,
        Err(error) => {
            return html! {
                <div class="app snapshot-page">
                    <header class="app-header"><AppTitle /></header>
                    <main id="main" class="app-main">
                        <div class="link-error" data-testid="link-error" data-reason={error.key()}>
                            <h1 tabindex="-1" ref={heading}>{ "This result link cannot be opened" }</h1>
                            <p>{ error.message() }</p>
                            <p>{ "Ask the person who sent it to copy the link again with the \u{201c}Copy link\u{201d} button on their results page, or send it as a picture or printout instead." }</p>
                            { leave }
                        </div>
                    </main>
                </div>
            };
        }
    };

    let bank = default_bank();
    let assessment = Rc::new(snapshot.assessment());
    let chart = report::chart(bank, &assessment, "snapshot-chart");
    let draw_picture = {
        let (assessment, label, day) = (assessment.clone(), snapshot.label.clone(), snapshot.day);
        Callback::from(move |()| result_picture(default_bank(), &assessment, &label, day))
    };
    let title = if snapshot.label.is_empty() {
        "Shared result".to_string()
    } else {
        snapshot.label.clone()
    };
    html! {
        <div class="app snapshot-page">
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">
                <div class="results snapshot">
                    <p class="print-only print-heading">{ format!("Partnership Readiness Check \u{b7} shared result of {}", snapshot.day.long()) }</p>
                    <p class="snapshot-kicker">{ "Shared result" }</p>
                    <h1 tabindex="-1" ref={heading} data-testid="snapshot-title">{ title }</h1>
                    <p class="snapshot-meta" data-testid="snapshot-date">{ format!("Result of {}", snapshot.day.long()) }</p>
                    <p class="snapshot-note no-print">{ "A read-only copy of a result someone shared with you. It came inside the link: nothing was fetched from a server, and nothing about it is saved in this browser." }</p>
                    <div class="button-row no-print">
                        { leave }
                        if settings.sharing {
                            <FragmentLink class="button secondary" fragment={format!("{}={}", compare::FRAGMENT_KEY, props.code)}>{ "Compare with other results" }</FragmentLink>
                        }
                    </div>
                    <div class="results-top">
                        { overall_card(&assessment) }
                        <div class="results-highlights">
                            { highlights(&assessment) }
                            <p class="answered-note">{ format!("Based on {} of {} statements answered.", assessment.answered(), assessment.statements()) }</p>
                            { stage_note(snapshot.stage) }
                            { edition_note(snapshot.edition()) }
                        </div>
                    </div>
                    <div class="results-grid">
                        <div class="chart-column"><RadarView chart={chart} class={classes!("radar-large")} /></div>
                        { score_table(&assessment, None) }
                    </div>
                    <h2>{ "Guidance for each criterion" }</h2>
                    { criteria_guidance(&assessment, None) }
                    if settings.sharing {
                    <section class="share" aria-labelledby="snapshot-share-heading">
                        <h2 id="snapshot-share-heading">{ "Keep a copy" }</h2>
                        <PictureActions draw={draw_picture} file_stem={file_stem(snapshot.day)} />
                    </section>
                    }
                </div>
            </main>
        </div>
    }
}
