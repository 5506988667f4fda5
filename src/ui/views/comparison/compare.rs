//! Comparing partners: paste several result links (or open a comparison link), see every
//! response and their mean on one radar, where perceptions differ most, and knowledge gaps.
//! Everything is read from the links in this browser; nothing is uploaded or stored.

use yew::prelude::*;

use crate::core::assess::compare::Comparison;
use crate::core::formats::comparison_link::{
    self, add_entries, compare_links, comparison_entries, Rejected, FRAGMENT_KEY, MAX_RESPONSES,
};
use crate::core::formats::export::file_stem;
use crate::core::formats::snapshot::Snapshot;
use crate::core::questions::content::Content;
use crate::core::questions::guide;
use crate::core::questions::set::QuestionSet;
use crate::core::words::comparison::{
    self as comparison_words, display_name, legend_details, stage_in_sentence, ChartView,
};
use crate::core::words::picture::comparison_picture;
use crate::core::words::problems::{unread_message, Worded};
use crate::core::words::report;
use crate::ui::boot::use_boot;
use crate::ui::clock::local_day;
use crate::ui::content::use_content;
use crate::ui::question_set::use_question_set;
use crate::ui::web;

use crate::ui::components::app_title::AppTitle;
use crate::ui::components::copy_link::CopyLink;
use crate::ui::components::picture_actions::PictureActions;
use crate::ui::components::radar::RadarView;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    /// The code after `#compare=` (may be empty).
    pub code: AttrValue,
    pub has_own_answers: bool,
    pub on_leave: Callback<()>,
}

/// The comparison as it stands: responses, which are shown, and what could not be added.
#[derive(Clone, PartialEq)]
struct Responses {
    list: Vec<Snapshot>,
    visible: Vec<bool>,
    rejected: Vec<Rejected>,
    /// Entries of the last paste or link that were counted but not read.
    unread: usize,
}

impl Responses {
    fn from_code(set: &QuestionSet, code: &str) -> Responses {
        let mut list = Vec::new();
        let added = add_entries(set, &mut list, comparison_entries(code));
        Responses {
            visible: vec![true; list.len()],
            list,
            rejected: added.rejected,
            unread: added.unread,
        }
    }

    fn add(&self, set: &QuestionSet, pasted: &str) -> Responses {
        let mut next = self.clone();
        let added = add_entries(set, &mut next.list, pasted.lines());
        next.rejected = added.rejected;
        next.unread = added.unread;
        next.visible.resize(next.list.len(), true);
        next
    }

    fn remove(&self, index: usize) -> Responses {
        let mut next = self.clone();
        if index < next.list.len() {
            next.list.remove(index);
            next.visible.remove(index);
        }
        next.rejected.clear();
        next.unread = 0;
        next
    }
}

#[component]
pub fn ComparePage(props: &CompareProps) -> Html {
    let content = use_content();
    let set = use_question_set().get();
    let responses = {
        let code = props.code.clone();
        use_state(move || Responses::from_code(set, &code))
    };
    let pasted = use_state(String::new);
    let group_view = use_state(|| false);
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let code = comparison_link::encode_comparison(&responses.list);
    {
        // The address always describes what is on screen, so reloading or bookmarking keeps it.
        let code = code.clone();
        use_effect_with(code, move |code| {
            web::replace_fragment(&format!("{FRAGMENT_KEY}={code}"));
        });
    }

    let on_input = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                pasted.set(area.value());
            }
        })
    };
    let on_add = {
        let (responses, pasted) = (responses.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            responses.set(responses.add(set, &pasted));
            pasted.set(String::new());
        })
    };
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let toggle_group = {
        let group_view = group_view.clone();
        Callback::from(move |_: Event| group_view.set(!*group_view))
    };
    let leave_label = content.text(if props.has_own_answers {
        "compare-leave-own"
    } else {
        "compare-leave-start"
    });

    let count = responses.list.len();
    let comparison = compare_links(set, &responses.list);
    let view = if *group_view {
        ChartView::Group
    } else {
        ChartView::Responses
    };
    // The date of the picture: the page's start-up day (read in `Boot`, not while rendering).
    let boot = use_boot();
    let today = local_day(boot.now_ms);
    let draw_picture = {
        let (content, responses, comparison) = (content, (*responses).clone(), comparison.clone());
        Callback::from(move |()| {
            comparison_picture(
                &content,
                &responses.list,
                &responses.visible,
                &comparison,
                view,
                today,
            )
        })
    };
    let date = today.long(&content);

    html! {
        <div class="app compare-page" lang={content.language.tag()}>
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">
                <div class="compare">
                    <p class="print-only print-heading">{ content.format("compare-print-heading", &[("count", count.into()), ("date", date.as_str().into())]) }</p>
                    <h1 tabindex="-1" ref={heading}>{ content.text("compare-heading") }</h1>
                    <p class="compare-intro no-print">{ content.text("compare-intro") }</p>

                    <div class="field no-print">
                        <label for="compare-links">{ content.text("compare-links-field") }</label>
                        <textarea id="compare-links" rows="4" spellcheck="false" autocomplete="off"
                            aria-describedby="compare-links-hint" value={(*pasted).clone()} oninput={on_input} />
                        <p id="compare-links-hint" class="hint">{ content.format("compare-links-hint", &[("max", MAX_RESPONSES.into())]) }</p>
                    </div>
                    <div class="button-row no-print">
                        <button type="button" class="button primary" onclick={on_add}>{ content.text("compare-add") }</button>
                        <button type="button" class="button secondary" onclick={on_leave}>{ leave_label }</button>
                    </div>
                    <p class="guide-link no-print">
                        { content.text("compare-guide-lead") }{ " " }
                        // A new tab, so the comparison being run stays open.
                        <a href={format!("#{}", guide::FRAGMENT)} target="_blank" rel="noopener">{ content.text("compare-guide-link") }</a>
                    </p>
                    { rejected_list(&content, &responses.rejected, responses.unread) }

                    if count == 0 {
                        <p class="compare-empty" data-testid="compare-empty">{ content.text("compare-empty") }</p>
                    } else {
                        { legend(&content, &responses, &comparison, *group_view, toggle_group) }
                        <div class="results-grid compare-grid">
                            <div class="chart-column">
                                <RadarView chart={comparison_words::chart(&content, &responses.list, &comparison, &responses.visible, view, "compare-chart")}
                                    class={classes!("radar-large", "compare-chart", group_view.then_some("group-view"))} />
                            </div>
                            { spread_table(&content, &comparison) }
                        </div>
                        { differences_note(&content, &comparison) }
                        { talk_first(&content, &comparison) }
                        { disagreements(&content, &comparison) }
                        { views_by_role(&content, &comparison) }
                        { knowledge_gaps(&content, &comparison) }
                        <section class="share no-print" aria-labelledby="compare-share-heading">
                            <h2 id="compare-share-heading">{ content.text("compare-share-heading") }</h2>
                            <p class="hint">{ content.text("compare-share-hint") }</p>
                            <CopyLink link={format!("{}#{FRAGMENT_KEY}={code}", boot.address)}
                                id="compare-link" field_label={content.text("compare-link-field")} share_title={content.text("compare-link-share-title")} />
                            <PictureActions draw={draw_picture}
                                file_stem={file_stem(today).replace("readiness", "readiness-comparison")} />
                        </section>
                    }
                </div>
            </main>
        </div>
    }
}

fn rejected_list(content: &Content, rejected: &[Rejected], unread: usize) -> Html {
    if rejected.is_empty() && unread == 0 {
        return Html::default();
    }
    html! {
        <div class="import-problems no-print" role="alert" data-testid="compare-rejected">
            <p><strong>{ content.text("compare-rejected-heading") }</strong></p>
            <ul>
                { for rejected.iter().map(|r| html! {
                    <li data-problem={r.problem.key()}>
                        <strong>{ content.format("compare-rejected-line", &[("line", r.line.into())]) }</strong>
                        <span class="excerpt">{ content.format("compare-rejected-excerpt", &[("excerpt", r.excerpt.as_str().into())]) }</span>
                        { r.problem.message(content) }
                    </li>
                }) }
            </ul>
            if let Some(message) = unread_message(content, unread) {
                <p data-testid="compare-unread">{ message }</p>
            }
        </div>
    }
}

fn legend(
    content: &Content,
    responses: &UseStateHandle<Responses>,
    comparison: &Comparison,
    group_view: bool,
    toggle_group: Callback<Event>,
) -> Html {
    let count = responses.list.len();
    let privacy = comparison
        .privacy_note(group_view)
        .map(|note| note.message(content));
    let items = responses.list.iter().enumerate().map(|(index, snapshot)| {
        let name = display_name(content, &responses.list, index);
        let toggle = {
            let responses = responses.clone();
            Callback::from(move |_: Event| {
                let mut next = (*responses).clone();
                next.visible[index] = !next.visible[index];
                responses.set(next);
            })
        };
        let remove = {
            let responses = responses.clone();
            Callback::from(move |_: MouseEvent| responses.set(responses.remove(index)))
        };
        let id = format!("show-response-{}", index + 1);
        html! {
            <li class={classes!("legend-item", format!("legend-series-{}", index + 1))} data-testid="legend-item">
                <input type="checkbox" id={id.clone()} checked={responses.visible[index]} onchange={toggle} disabled={group_view} />
                <label for={id}>
                    <span class="key-swatch" aria-hidden="true"></span>
                    <span class="legend-name">{ name.clone() }</span>
                    <span class="legend-meta" data-testid="legend-meta">{ legend_details(content, snapshot) }</span>
                </label>
                <button type="button" class="link-button no-print" onclick={remove}
                    aria-label={content.format("compare-legend-remove-label", &[("name", name.as_str().into())])}>{ content.text("compare-legend-remove") }</button>
            </li>
        }
    });
    html! {
        <section class="compare-legend" aria-labelledby="legend-heading">
            <h2 id="legend-heading">{ content.format("compare-legend-heading", &[("count", count.into())]) }</h2>
            <div class="compare-toggle no-print">
                <input type="checkbox" id="group-view" checked={group_view} onchange={toggle_group} />
                <label for="group-view">{ content.text("compare-group-view") }</label>
            </div>
            if let Some(text) = privacy {
                <p class="privacy-note" data-testid="privacy-note">{ text }</p>
            }
            <ul class="legend">
                <li class="legend-item legend-mean"><span class="key-swatch" aria-hidden="true"></span><span class="legend-name">{ content.text("compare-legend-mean") }</span></li>
                if group_view {
                    <li class="legend-item legend-range"><span class="key-swatch" aria-hidden="true"></span><span class="legend-name">{ content.text("compare-legend-range") }</span></li>
                } else {
                    { for items }
                }
            </ul>
        </section>
    }
}

/// Each role three or more responses gave: its mean per criterion and overall; the roles fewer
/// gave named together with why they are not shown. Never one response beside a role.
fn views_by_role(content: &Content, comparison: &Comparison) -> Html {
    if comparison.roles.is_empty() {
        return Html::default();
    }
    let lines = comparison_words::role_lines(content, comparison);
    html! {
        <section class="views-by-role" aria-labelledby="roles-heading" data-testid="compare-roles">
            <h2 id="roles-heading">{ content.text("compare-roles-heading") }</h2>
            <p class="hint">{ content.text("compare-roles-intro") }</p>
            if !lines.is_empty() {
                <ul class="role-groups">
                    { for lines.into_iter().map(|line| html! {
                        <li data-testid="role-group" data-role={line.id}>
                            <p class="role-group-name"><strong>{ line.role }</strong>{ " \u{b7} " }{ line.count }</p>
                            <ul class="role-figures" data-testid="role-figures">
                                { for line.figures.into_iter().map(|figure| html! { <li>{ figure }</li> }) }
                            </ul>
                            <p class="role-overall">{ line.overall }</p>
                        </li>
                    }) }
                </ul>
            }
            if let Some(withheld) = comparison_words::roles_withheld(content, comparison) {
                <p class="role-withheld" data-testid="role-withheld">{ withheld }</p>
            }
            if let Some(note) = comparison_words::roles_not_given(content, comparison) {
                <p class="hint" data-testid="roles-not-given">{ note }</p>
            }
        </section>
    }
}

fn spread_table(content: &Content, comparison: &Comparison) -> Html {
    let number = |value: Option<u8>| value.map_or("\u{2014}".to_string(), |v| v.to_string());
    html! {
        <table class="score-table spread-table">
            <caption>{ content.text("compare-table-caption") }</caption>
            <thead>
                <tr>
                    <th scope="col">{ content.text("compare-table-criterion") }</th>
                    <th scope="col">{ content.text("compare-table-mean") }</th>
                    <th scope="col">{ content.text("compare-table-lowest") }</th>
                    <th scope="col">{ content.text("compare-table-highest") }</th>
                    <th scope="col">{ content.text("compare-table-spread") }</th>
                    <th scope="col">{ content.text("compare-table-scored") }</th>
                </tr>
            </thead>
            <tbody>
                { for comparison.criteria.iter().map(|c| {
                    let criterion = &content.questions.criteria[c.criterion];
                    let flagged = comparison.talk_first.contains(&c.criterion);
                    html! {
                        <tr data-criterion={criterion.id.clone()} class={classes!(flagged.then_some("is-flagged"))}>
                            <th scope="row">
                                { criterion.name.clone() }
                                if c.knowledge_gap { <span class="gap-flag">{ " " }{ content.text("compare-table-gap") }</span> }
                            </th>
                            <td class="score" data-testid={format!("mean-{}", criterion.id)}>{ number(c.rounded_mean()) }</td>
                            <td>{ number(c.lowest) }</td>
                            <td>{ number(c.highest) }</td>
                            <td data-testid={format!("spread-{}", criterion.id)}>{ number(c.spread()) }</td>
                            <td>{ content.format("compare-table-scored-count", &[("scored", c.scored.into()), ("total", comparison.responses.into())]) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

fn talk_first(content: &Content, comparison: &Comparison) -> Html {
    if !comparison.has_several() {
        return Html::default();
    }
    if comparison.talk_first.is_empty() {
        return html! {
            <section class="talk-first" aria-labelledby="talk-first-heading">
                <h2 id="talk-first-heading">{ content.text("compare-talk-first-heading") }</h2>
                <p data-testid="talk-first-none">{ content.format("compare-talk-first-close", &[("points", comparison.talk_first_spread.into())]) }</p>
            </section>
        };
    }
    html! {
        <section class="talk-first" aria-labelledby="talk-first-heading">
            <h2 id="talk-first-heading">{ content.text("compare-talk-first-heading") }</h2>
            <p>{ content.text("compare-talk-first-intro") }</p>
            <div class="guidance-list">
                { for comparison.talk_first.iter().map(|index| {
                    let spread = &comparison.criteria[*index];
                    let criterion = &content.questions.criteria[*index];
                    html! {
                        <section class="guidance talk-first-item" data-testid="talk-first-item" data-criterion={criterion.id.clone()}>
                            <h3>{ criterion.name.clone() }</h3>
                            <p class="spread-note">{ content.format("compare-talk-first-range", &[("lowest", spread.lowest.unwrap_or(0).into()), ("highest", spread.highest.unwrap_or(0).into())]) }</p>
                            <p>{ criterion.meaning.clone() }</p>
                            <ul>{ for criterion.discussion.iter().map(|q| html! { <li>{ q.clone() }</li> }) }</ul>
                        </section>
                    }
                }) }
            </div>
        </section>
    }
}

/// Says when partners placed the partnership at different stages, and when first-edition results
/// sit beside second-edition ones.
fn differences_note(content: &Content, comparison: &Comparison) -> Html {
    let stages = comparison.stages_differ().then(|| {
        let names: Vec<String> = comparison
            .stages
            .iter()
            .map(|stage| stage_in_sentence(content, *stage))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let stages = report::join_names(content, &names);
        html! {
            <p data-testid="stages-differ"><strong>{ content.text("compare-stages-differ-lead") }</strong>{ " " }
                { content.format("compare-stages-differ", &[("stages", stages.as_str().into())]) }</p>
        }
    });
    let editions = comparison.mixed_editions.then(|| {
        html! {
            <p data-testid="editions-differ"><strong>{ content.text("compare-editions-differ-lead") }</strong>{ " " }
                { content.text("compare-editions-differ") }</p>
        }
    });
    if stages.is_none() && editions.is_none() {
        return Html::default();
    }
    html! { <div class="differences-note">{ for stages }{ for editions }</div> }
}

fn knowledge_gaps(content: &Content, comparison: &Comparison) -> Html {
    if comparison.knowledge_gaps.is_empty() {
        return Html::default();
    }
    html! {
        <section class="knowledge-gaps" aria-labelledby="gaps-heading" data-testid="knowledge-gaps">
            <h2 id="gaps-heading">{ content.text("compare-gaps-heading") }</h2>
            <p>{ content.text("compare-gaps-intro") }</p>
            <ul>
                { for comparison.knowledge_gaps.iter().map(|index| {
                    let criterion = &content.questions.criteria[*index];
                    let question = criterion.discussion.first().cloned().unwrap_or_default();
                    html! { <li><strong>{ criterion.name.clone() }</strong>{ content.format("compare-gaps-question", &[("question", question.as_str().into())]) }</li> }
                }) }
            </ul>
        </section>
    }
}

/// Where any response holds a strong disagreement (R1), however high the mean: named with how
/// many responses hold it, and which responses' links cannot say.
fn disagreements(content: &Content, comparison: &Comparison) -> Html {
    let unknown = comparison_words::disagreement_unknown(content, comparison);
    if comparison.disagreements.is_empty() && unknown.is_none() {
        return Html::default();
    }
    html! {
        <section class="knowledge-gaps disagreements" aria-labelledby="disagreed-heading" data-testid="compare-disagreements">
            <h2 id="disagreed-heading">{ content.text("compare-disagreed-heading") }</h2>
            if !comparison.disagreements.is_empty() {
                <p>{ content.text("compare-disagreed-intro") }</p>
                <ul>
                    { for comparison_words::disagreement_items(content, comparison).into_iter().zip(&comparison.disagreements).map(|(item, index)| html! {
                        <li data-criterion={content.questions.criteria[*index].id.clone()}>{ item }</li>
                    }) }
                </ul>
            }
            if let Some(text) = unknown {
                <p data-testid="disagreement-unknown">{ text }</p>
            }
        </section>
    }
}
