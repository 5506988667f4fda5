//! Comparing partners: paste several result links (or open a comparison link), see every
//! response and their mean on one radar, where perceptions differ most, and knowledge gaps.
//! Everything is read from the links in this browser; nothing is uploaded or stored.

use yew::prelude::*;

use crate::core::calendar::Day;
use crate::core::compare::{
    self, add_entries, comparison_entries, display_name, ChartView, Comparison, Rejected,
    FRAGMENT_KEY, MAX_RESPONSES, MIN_FOR_ANONYMITY,
};
use crate::core::export::file_stem;
use crate::core::guide;
use crate::core::picture::{standalone_svg, PictureText, COMPARISON_STYLE, GROUP_STYLE};
use crate::core::questionnaire::default_bank;
use crate::core::radar::render;
use crate::core::snapshot::Snapshot;
use crate::ui::clock::{local_day, now_ms};
use crate::ui::web;

use super::app_title::AppTitle;
use super::copy_link::CopyLink;
use super::picture_actions::PictureActions;
use super::radar::RadarView;

#[derive(Properties, PartialEq)]
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
    fn from_code(code: &str) -> Responses {
        let mut list = Vec::new();
        let added = add_entries(default_bank(), &mut list, comparison_entries(code));
        Responses {
            visible: vec![true; list.len()],
            list,
            rejected: added.rejected,
            unread: added.unread,
        }
    }

    fn add(&self, pasted: &str) -> Responses {
        let mut next = self.clone();
        let added = add_entries(default_bank(), &mut next.list, pasted.lines());
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

fn mean_overall(list: &[Snapshot]) -> Option<u8> {
    let scores: Vec<f64> = list
        .iter()
        .filter_map(|s| s.overall)
        .map(f64::from)
        .collect();
    (!scores.is_empty()).then(|| (scores.iter().sum::<f64>() / scores.len() as f64).round() as u8)
}

fn picture(
    responses: &Responses,
    comparison: &Comparison,
    view: ChartView,
    today: Day,
) -> Result<String, String> {
    let bank = default_bank();
    let chart = render(&compare::chart(
        bank,
        &responses.list,
        comparison,
        &responses.visible,
        view,
        "comparison-picture",
    ))?;
    let overall = match mean_overall(&responses.list) {
        Some(mean) => format!("{mean} out of 100"),
        None => "not enough answers".to_string(),
    };
    Ok(standalone_svg(
        &chart,
        &PictureText {
            heading: "Partnership Readiness Check",
            subheading: &format!(
                "Comparison of {} responses \u{b7} {}",
                responses.list.len(),
                today.long()
            ),
            overall_label: "Mean overall readiness",
            overall: &overall,
            score_lines: &compare::summary_lines(bank, comparison),
            series_style: match view {
                ChartView::Responses => COMPARISON_STYLE,
                ChartView::Group => GROUP_STYLE,
            },
        },
    ))
}

#[component]
pub fn ComparePage(props: &CompareProps) -> Html {
    let bank = default_bank();
    let responses = {
        let code = props.code.clone();
        use_state(move || Responses::from_code(&code))
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
    let code = compare::encode_comparison(&responses.list);
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
            responses.set(responses.add(&pasted));
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
    let leave_label = if props.has_own_answers {
        "Go to your own assessment"
    } else {
        "Take the assessment yourself"
    };

    let count = responses.list.len();
    let comparison = compare::compare(bank, &responses.list);
    let view = if *group_view {
        ChartView::Group
    } else {
        ChartView::Responses
    };
    let today = local_day(now_ms());
    let draw_picture = {
        let (responses, comparison) = ((*responses).clone(), comparison.clone());
        Callback::from(move |()| picture(&responses, &comparison, view, today))
    };

    html! {
        <div class="app compare-page">
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">
                <div class="compare">
                    <p class="print-only print-heading">{ format!("Partnership Readiness Check \u{b7} comparison of {count} responses \u{b7} {}", today.long()) }</p>
                    <h1 tabindex="-1" ref={heading}>{ "Compare partners\u{2019} results" }</h1>
                    <p class="compare-intro no-print">{ "Each partner takes the assessment on their own and sends the link from their results page. Paste the links here to see where you agree and where you see the partnership differently. The links are read in this browser: nothing is uploaded or kept." }</p>

                    <div class="field no-print">
                        <label for="compare-links">{ "Result links, one per line" }</label>
                        <textarea id="compare-links" rows="4" spellcheck="false" autocomplete="off"
                            aria-describedby="compare-links-hint" value={(*pasted).clone()} oninput={on_input} />
                        <p id="compare-links-hint" class="hint">{ format!("Up to {MAX_RESPONSES} results. Paste them all at once or add them one by one.") }</p>
                    </div>
                    <div class="button-row no-print">
                        <button type="button" class="button primary" onclick={on_add}>{ "Add to the comparison" }</button>
                        <button type="button" class="button secondary" onclick={on_leave}>{ leave_label }</button>
                    </div>
                    <p class="guide-link no-print">
                        { "Running a session with partners? " }
                        // A new tab, so the comparison being run stays open.
                        <a href={format!("#{}", guide::FRAGMENT)} target="_blank" rel="noopener">{ "Read the facilitator\u{2019}s guide (printable, opens in a new tab)" }</a>
                    </p>
                    { rejected_list(&responses.rejected, responses.unread) }

                    if count == 0 {
                        <p class="compare-empty" data-testid="compare-empty">{ "No results to compare yet. Paste at least two partners\u{2019} links above." }</p>
                    } else {
                        { legend(&responses, *group_view, toggle_group) }
                        <div class="results-grid compare-grid">
                            <div class="chart-column">
                                <RadarView chart={compare::chart(bank, &responses.list, &comparison, &responses.visible, view, "compare-chart")}
                                    class={classes!("radar-large", "compare-chart", group_view.then_some("group-view"))} />
                            </div>
                            { spread_table(&comparison) }
                        </div>
                        { differences_note(&comparison) }
                        { talk_first(&comparison) }
                        { knowledge_gaps(&comparison) }
                        <section class="share no-print" aria-labelledby="compare-share-heading">
                            <h2 id="compare-share-heading">{ "Share this comparison" }</h2>
                            <p class="hint">{ "The link holds every result above (scores, dates and names, never answers), so whoever opens it sees this comparison." }</p>
                            <CopyLink link={format!("{}#{FRAGMENT_KEY}={code}", web::address_without_fragment())}
                                id="compare-link" field_label="Link to this comparison" share_title="Partnership readiness comparison" />
                            <PictureActions draw={draw_picture}
                                file_stem={file_stem(today).replace("readiness", "readiness-comparison")} />
                        </section>
                    }
                </div>
            </main>
        </div>
    }
}

fn rejected_list(rejected: &[Rejected], unread: usize) -> Html {
    if rejected.is_empty() && unread == 0 {
        return Html::default();
    }
    html! {
        <div class="import-problems no-print" role="alert" data-testid="compare-rejected">
            <p><strong>{ "Not added (the others are compared):" }</strong></p>
            <ul>
                { for rejected.iter().map(|r| html! {
                    <li data-problem={r.problem.key()}>
                        <strong>{ format!("Line {}", r.line) }</strong>
                        <span class="excerpt">{ format!(" (\u{201c}{}\u{201d}): ", r.excerpt) }</span>
                        { r.problem.message() }
                    </li>
                }) }
            </ul>
            if let Some(message) = compare::unread_message(unread) {
                <p data-testid="compare-unread">{ message }</p>
            }
        </div>
    }
}

fn legend(
    responses: &UseStateHandle<Responses>,
    group_view: bool,
    toggle_group: Callback<Event>,
) -> Html {
    let bank = default_bank();
    let count = responses.list.len();
    let privacy = if count < MIN_FOR_ANONYMITY {
        Some(format!("With only {count} {}, anyone who knows who took part may be able to tell whose scores are whose, even in the group view.", if count == 1 { "response" } else { "responses" }))
    } else if group_view {
        Some("Group view: individual results are hidden. The chart shows the mean and, as dashed lines, the lowest and highest score for each criterion.".to_string())
    } else {
        None
    };
    let items = responses.list.iter().enumerate().map(|(index, snapshot)| {
        let name = display_name(&responses.list, index);
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
        let overall = snapshot
            .overall
            .map_or("no overall score".to_string(), |o| format!("overall {o}"));
        let stage = snapshot
            .stage
            .map(|stage| format!(" \u{b7} {}", bank.stage(stage).name.to_lowercase()))
            .unwrap_or_default();
        let edition = if snapshot.edition() == 1 {
            " \u{b7} first edition"
        } else {
            ""
        };
        html! {
            <li class={classes!("legend-item", format!("legend-series-{}", index + 1))} data-testid="legend-item">
                <input type="checkbox" id={id.clone()} checked={responses.visible[index]} onchange={toggle} disabled={group_view} />
                <label for={id}>
                    <span class="key-swatch" aria-hidden="true"></span>
                    <span class="legend-name">{ name.clone() }</span>
                    <span class="legend-meta" data-testid="legend-meta">{ format!(" \u{b7} {} \u{b7} {overall}{stage}{edition}", snapshot.day.long()) }</span>
                </label>
                <button type="button" class="link-button no-print" onclick={remove} aria-label={format!("Remove {name}")}>{ "Remove" }</button>
            </li>
        }
    });
    html! {
        <section class="compare-legend" aria-labelledby="legend-heading">
            <h2 id="legend-heading">{ format!("{count} {} compared", if count == 1 { "response" } else { "responses" }) }</h2>
            <div class="compare-toggle no-print">
                <input type="checkbox" id="group-view" checked={group_view} onchange={toggle_group} />
                <label for="group-view">{ "Group view: show only the mean and the range" }</label>
            </div>
            if let Some(text) = privacy {
                <p class="privacy-note" data-testid="privacy-note">{ text }</p>
            }
            <ul class="legend">
                <li class="legend-item legend-mean"><span class="key-swatch" aria-hidden="true"></span><span class="legend-name">{ "Mean of all responses" }</span></li>
                if group_view {
                    <li class="legend-item legend-range"><span class="key-swatch" aria-hidden="true"></span><span class="legend-name">{ "Lowest and highest" }</span></li>
                } else {
                    { for items }
                }
            </ul>
        </section>
    }
}

fn spread_table(comparison: &Comparison) -> Html {
    let bank = default_bank();
    let number = |value: Option<u8>| value.map_or("\u{2014}".to_string(), |v| v.to_string());
    html! {
        <table class="score-table spread-table">
            <caption>{ "Where perceptions differ (scores 0 to 100)" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Criterion" }</th>
                    <th scope="col">{ "Mean" }</th>
                    <th scope="col">{ "Lowest" }</th>
                    <th scope="col">{ "Highest" }</th>
                    <th scope="col">{ "Spread" }</th>
                    <th scope="col">{ "Scored" }</th>
                </tr>
            </thead>
            <tbody>
                { for comparison.criteria.iter().map(|c| {
                    let criterion = &bank.criteria[c.criterion];
                    let flagged = comparison.talk_first.contains(&c.criterion);
                    html! {
                        <tr data-criterion={criterion.id.clone()} class={classes!(flagged.then_some("is-flagged"))}>
                            <th scope="row">
                                { criterion.name.clone() }
                                if c.knowledge_gap { <span class="gap-flag">{ " Knowledge gap" }</span> }
                            </th>
                            <td class="score" data-testid={format!("mean-{}", criterion.id)}>{ number(c.rounded_mean()) }</td>
                            <td>{ number(c.lowest) }</td>
                            <td>{ number(c.highest) }</td>
                            <td data-testid={format!("spread-{}", criterion.id)}>{ number(c.spread()) }</td>
                            <td>{ format!("{} of {}", c.scored, comparison.responses) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

fn talk_first(comparison: &Comparison) -> Html {
    let bank = default_bank();
    if comparison.responses < 2 {
        return Html::default();
    }
    if comparison.talk_first.is_empty() {
        return html! {
            <section class="talk-first" aria-labelledby="talk-first-heading">
                <h2 id="talk-first-heading">{ "Talk about these first" }</h2>
                <p data-testid="talk-first-none">{ "Your responses agree on every criterion that more than one of you could score. Use the guidance for the lowest scores to plan what to do together." }</p>
            </section>
        };
    }
    html! {
        <section class="talk-first" aria-labelledby="talk-first-heading">
            <h2 id="talk-first-heading">{ "Talk about these first" }</h2>
            <p>{ "Where your scores are furthest apart, partners see the partnership differently. Start the conversation here, with these questions." }</p>
            <div class="guidance-list">
                { for comparison.talk_first.iter().map(|index| {
                    let spread = &comparison.criteria[*index];
                    let criterion = &bank.criteria[*index];
                    html! {
                        <section class="guidance talk-first-item" data-testid="talk-first-item" data-criterion={criterion.id.clone()}>
                            <h3>{ criterion.name.clone() }</h3>
                            <p class="spread-note">{ format!("Scores range from {} to {}.", spread.lowest.unwrap_or(0), spread.highest.unwrap_or(0)) }</p>
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
fn differences_note(comparison: &Comparison) -> Html {
    let bank = default_bank();
    let stages = (comparison.stages.len() > 1).then(|| {
        let names: Vec<String> = comparison
            .stages
            .iter()
            .map(|stage| bank.stage(*stage).name.to_lowercase())
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        html! {
            <p data-testid="stages-differ"><strong>{ "You placed the partnership at different stages: " }</strong>
                { format!("{}. Talk about that first: partners who disagree on how far along they are will read every score differently.", crate::core::report::join_names(&names)) }</p>
        }
    });
    let editions = comparison.mixed_editions.then(|| {
        html! {
            <p data-testid="editions-differ"><strong>{ "Some results were made with the first edition of the questionnaire. " }</strong>
                { "Both editions score the same six criteria, so they can be set side by side, but the statements behind them differ: compare the broad picture rather than small gaps." }</p>
        }
    });
    if stages.is_none() && editions.is_none() {
        return Html::default();
    }
    html! { <div class="differences-note">{ for stages }{ for editions }</div> }
}

fn knowledge_gaps(comparison: &Comparison) -> Html {
    let bank = default_bank();
    if comparison.knowledge_gaps.is_empty() {
        return Html::default();
    }
    html! {
        <section class="knowledge-gaps" aria-labelledby="gaps-heading" data-testid="knowledge-gaps">
            <h2 id="gaps-heading">{ "Knowledge gaps" }</h2>
            <p>{ "Most of you answered \u{201c}Don\u{2019}t know\u{201d} to most statements here. Before judging these, find out together what is actually happening." }</p>
            <ul>
                { for comparison.knowledge_gaps.iter().map(|index| {
                    let criterion = &bank.criteria[*index];
                    html! { <li><strong>{ criterion.name.clone() }</strong>{ format!(": {}", criterion.discussion.first().cloned().unwrap_or_default()) }</li> }
                }) }
            </ul>
        </section>
    }
}
