//! A shared result, opened from a link: read only, and never touching the visitor's own saved
//! answers. A link that cannot be read gets a message saying exactly what is wrong with it.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::components::fragment_link::FragmentLink;

use crate::core::formats::comparison_link as compare;
use crate::core::formats::export::file_stem;
use crate::core::formats::snapshot::Snapshot;
use crate::core::words::picture::result_picture;
use crate::core::words::problems::Worded;
use crate::core::words::report;
use crate::ui::boot::use_boot;
use crate::ui::content::use_content;

use crate::ui::components::app_title::AppTitle;
use crate::ui::components::picture_actions::PictureActions;
use crate::ui::components::radar::RadarView;
use crate::ui::components::result_parts::{
    criteria_guidance, edition_note, highlights, overall_card, role_note, score_table, stage_note,
};

#[derive(Properties, PartialEq, Clone)]
pub struct SnapshotProps {
    /// The code after `#result=`.
    pub code: AttrValue,
    /// Whether this browser holds answers of the visitor's own (changes the way forward).
    pub has_own_answers: bool,
    pub on_leave: Callback<()>,
}

#[component]
pub fn SnapshotPage(props: &SnapshotProps) -> Html {
    let content = use_content();
    let boot = use_boot();
    let (set, wide_screen, settings) = (boot.question_set.get(), boot.wide_screen, &boot.settings);
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
    let leave_label = content.text(if props.has_own_answers {
        "snapshot-leave-own"
    } else {
        "snapshot-leave-start"
    });
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let leave = html! {
        <button type="button" class="button primary" onclick={on_leave}>{ leave_label }</button>
    };

    let snapshot = match Snapshot::decode_for(set, &props.code) {
        Ok(snapshot) => snapshot,
        Err(error) => {
            return html! {
                <div class="app snapshot-page" lang={content.language.tag()}>
                    <header class="app-header"><AppTitle /></header>
                    <main id="main" class="app-main">
                        <div class="link-error" data-testid="link-error" data-reason={error.key()}>
                            <h1 tabindex="-1" ref={heading}>{ content.text("link-error-heading") }</h1>
                            <p>{ error.message(&content) }</p>
                            <p>{ content.text("link-error-advice") }</p>
                            { leave }
                        </div>
                    </main>
                </div>
            };
        }
    };

    let assessment = Rc::new(snapshot.assessment());
    let chart = report::chart(&content, &assessment, "snapshot-chart");
    let draw_picture = {
        let (content, assessment, label, day) = (
            content,
            assessment.clone(),
            snapshot.label.clone(),
            snapshot.day,
        );
        Callback::from(move |()| result_picture(&content, &assessment, &label, day))
    };
    let title = if snapshot.label.is_empty() {
        content.text("snapshot-title-unnamed")
    } else {
        snapshot.label.clone()
    };
    let date = snapshot.day.long(&content);
    html! {
        <div class="app snapshot-page" lang={content.language.tag()}>
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">
                <div class="results snapshot">
                    <p class="print-only print-heading">{ content.format("snapshot-print-heading", &[("date", date.as_str().into())]) }</p>
                    <p class="snapshot-kicker">{ content.text("snapshot-kicker") }</p>
                    <h1 tabindex="-1" ref={heading} data-testid="snapshot-title">{ title }</h1>
                    <p class="snapshot-meta" data-testid="snapshot-date">{ content.format("snapshot-date", &[("date", date.as_str().into())]) }</p>
                    <p class="snapshot-note no-print">{ content.text("snapshot-note") }</p>
                    <div class="button-row no-print">
                        { leave }
                        if settings.sharing {
                            <FragmentLink class="button secondary" fragment={format!("{}={}", compare::FRAGMENT_KEY, props.code)}>{ content.text("snapshot-compare") }</FragmentLink>
                        }
                    </div>
                    <div class="results-top">
                        { overall_card(&content, &assessment) }
                        <div class="results-highlights">
                            { highlights(&content, &assessment) }
                            <p class="answered-note" data-testid="answered-note">{ report::answered_text(&content, &assessment) }</p>
                            { stage_note(&content, snapshot.stage) }
                            { role_note(&content, snapshot.role) }
                            { edition_note(&content, snapshot.edition()) }
                        </div>
                    </div>
                    <div class="results-grid">
                        <div class="chart-column"><RadarView chart={chart} class={classes!("radar-large")} /></div>
                        { score_table(&content, &assessment, None, wide_screen) }
                    </div>
                    <h2>{ content.text("snapshot-guidance-heading") }</h2>
                    { criteria_guidance(&content, &assessment, None, snapshot.stage) }
                    if settings.sharing {
                    <section class="share" aria-labelledby="snapshot-share-heading">
                        <h2 id="snapshot-share-heading">{ content.text("snapshot-keep-heading") }</h2>
                        <PictureActions draw={draw_picture} file_stem={file_stem(snapshot.day)} />
                    </section>
                    }
                </div>
            </main>
        </div>
    }
}
