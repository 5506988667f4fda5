# The questionnaire's screens: the welcome page, the progress line, the section navigation, the
# sections and their statements, and the results.

## The welcome page

welcome-heading = How ready is your partnership?
# $count is the number of statements (40).
welcome-lead = Answer { $count } short statements about a partnership you are part of. You will see where it is strong, where it is at risk, and what to do next, across the six things successful partnerships get right.
welcome-criteria-label = The six criteria
# Four facts, each a short bold heading followed by its detail. $minutes is how long the check
# takes: the edition's statements at about 10 seconds each, rounded (40 statements: 7).
welcome-fact-time = { $minutes ->
    [one] About { $minutes } minute.
   *[other] About { $minutes } minutes.
}
# $fewest and $most are the fewest and the most statements in one section (now 6 and 7).
welcome-fact-time-detail = Short sections of { $fewest } to { $most } statements. Skip any you cannot answer.
welcome-fact-anonymous = Anonymous.
welcome-fact-anonymous-detail = No names, no accounts, no cookies.
welcome-fact-device = Stays on this device.
welcome-fact-device-detail = Your answers are saved in this browser as you go, so you can leave and come back. Nothing is sent anywhere.
welcome-fact-delete = Yours to delete.
# Quotes the button at the bottom of every page (confirm-delete-open in notices.ftl).
welcome-fact-delete-detail = “{ confirm-delete-open }” at the bottom of every page removes everything this tool stored.
welcome-stage-question = How far along is the partnership?
# Under the stage question. Some statements carry a line saying when “Don’t know” is the honest
# answer.
welcome-stage-hint = Every statement can be answered at every stage; some say when “Don’t know” is the honest answer. Your answer here helps read the result, and it travels with any result you share.
# The optional role question beside the stage question: the six role-* names are its choices,
# then role-not-given. The role words the suggested actions and travels with a shared result.
welcome-role-question = What is your role in the partnership? (optional)
welcome-role-hint = It changes how the suggested actions are worded, and it travels with any result you share. In a comparison, views by role are shown only when three or more people give the same role.
role-lead = Partnership lead or coordinator
role-senior-leader = Senior leader in a partner organisation
role-manager = Manager in a partner organisation
role-frontline = Frontline staff
role-board = Board member or trustee
role-community = Community representative
role-not-given = Not given
welcome-resume-note = You have answered { $answered } of { $total } statements so far.
welcome-continue = Continue the assessment
welcome-results-so-far = See results so far
welcome-start = Start the assessment

## The progress line at the top: "Section 2 of 6 · 14 of 40 answered"

progress-section = Section { $number } of { $sections }
progress-results = Results
progress-welcome = Welcome
# $place is one of the three messages above.
progress-text = { $place } · { $answered } of { $total } answered

## The section navigation (a numbered list of the six sections, then the results)

nav-label = Sections
# Read by screen readers after each section's name.
nav-answered = { $answered } of { $total } answered
nav-results = Results

## A section of statements (the heading reuses progress-section: "Section 2 of 6")

# Quotes the answer answer-dont-know.
section-hint = How far do you agree with each statement about your partnership? Choose “Don’t know” if you cannot say; it does not count against the score.
# Added after section-hint when the person said the partnership is still forming.
section-hint-forming = Your partnership is still forming: choose “Don’t know” for anything that has not happened yet, rather than disagreeing.
section-see-results = See your results
# $criterion is the next section's name.
section-next = Next: { $criterion }
section-back-to-introduction = Back to the introduction
# $criterion is the previous section's name.
section-back = Back: { $criterion }
section-live-chart-heading = Your scores so far
section-live-chart-note = Each criterion gets a score once it has at least three answers other than “Don’t know”.

## The results

results-heading = Your partnership readiness
# $scored answers on the agreement scale, of $total statements; $dontknow answered “Don’t know”.
results-answered-note = Answered on the scale: { $scored } of { $total }; “Don’t know”: { $dontknow }.
# "8 statements are unanswered: Trust (2) and Conflict resolution (6)." $criteria is a list of
# results-missing-criterion joined with list-two / list-more.
results-missing = { $count ->
    [one] 1 statement is unanswered: { $criteria }.
   *[other] { $count } statements are unanswered: { $criteria }.
}
results-missing-criterion = { $criterion } ({ $count })
results-answer-missing = Answer the statements still needed
results-stage-missing = You have not said how far along the partnership is.
results-stage-missing-link = Say on the first page
results-show-previous = Show the result of { $date } behind this one
results-key-now = This result
results-key-before = Result of { $date }
results-next-heading = What to do next
results-review = Review my answers
results-start-again = Start again
results-delete = Delete my answers

## The overall score card

results-overall-label = Overall readiness
# Beside the overall score: "Lowest: Trust (20)" ($lowest is score-lowest in shared.ftl).
results-overall-lowest = Lowest: { $lowest }
# Names the bands band-developing and band-priority.
results-overall-held = Held at Developing while any criterion is a Priority.
results-overall-not-yet = Not yet
results-overall-why-first-edition = Answer at least three statements in a section to see its score.
# $needed is 5; $scored how many criteria have a score so far.
results-overall-why = An overall figure needs at least { $needed } of the six criteria scored; { $scored ->
    [one] { $scored } is so far.
   *[other] { $scored } are so far.
}
# Bold, followed by the all-strengths summary from questionnaire.ftl.
results-all-strengths = Every criterion is a strength.
# Bold labels followed by a list of criteria names.
results-strengths = Strengths:
results-priorities = To work on:
# $criteria: criteria names joined with list-two / list-more. Each of these sentences stands
# beside the lists so the summary never says more than the answers do.
results-disagreed = You disagreed with statements in { $criteria }: they are listed, open, under each one below.
results-unscored = No score yet: { $criteria }. Too few answers other than “Don’t know”; the statements still needed are listed below.
results-many-dont-know = You answered “Don’t know” to a third or more of the statements ({ $count } of { $total }), so these scores rest on fewer answers than they seem.
results-all-equal = Your scores are the same for every criterion ({ $score }): none stands out as higher or lower.
results-no-disagreement-info = This link was made before result links carried disagreements, so it cannot show whether any statement was disagreed with.
# $stage is one of the stage names in questionnaire.ftl.
results-stage = Stage: { $stage }
# The respondent's role, on a result. $role is one of the role names (role-*).
results-role = Role: { $role }
results-first-edition-note = Made with the first edition of the questionnaire (30 statements). Its scores are shown exactly as they were then; the second edition asks different statements and gives an overall figure only when five criteria are scored.
# Beside a result made with the second edition (results-first-edition-note does this for the
# first).
results-second-edition-note = Made with the second edition of the questionnaire (35 statements). Its scores are shown exactly as they were then; the third edition asks some different statements.

## The score table

table-summary = Scores in a table
table-caption = Scores by criterion (0 to 100)
table-criterion = Criterion
table-score = Score
table-band = Band
table-dont-know = Don’t know
table-answered = Answered
table-answered-count = { $answered } of { $total }
table-change = Change
# Read by screen readers after "Change".
table-change-since = since { $date }

## Each criterion's guidance

# Opens a criterion's band summary (from questionnaire.ftl): one person's view, not a finding.
guidance-your-view = Your answers suggest this: { $summary }
# Instead of the line above for a Strength where the person strongly disagreed with a statement
# (listed below it): the summary must not read as the whole story.
guidance-your-view-but = Mostly, your answers suggest this, but not everywhere: you disagreed with what is listed below, and that counts for more than this score shows. { $summary }
# Instead of a Priority summary when the person said the partnership is still forming.
guidance-forming-set-up = Your partnership is still forming, so this may simply not be in place yet. Read it as what to agree now, before it is needed:
# Heading above a criterion's discussion questions on the person's own results and printout.
guidance-discussion = Questions to talk about with your partners
guidance-not-enough = There are not enough answers to score { $criterion } yet: it needs at least three answers other than “Don’t know”.
guidance-band-none = Not enough answers
guidance-knowledge-gap = “Don’t know” was the answer to { $count } of the { $total } statements here. If others in the partnership feel the same, that gap in shared knowledge is worth raising.

## The statements behind a criterion's score

# $answer is one of the answer labels in shared.ftl.
feedback-you-answered = (you answered “{ $answer }”)
feedback-status-dont-know = answered “Don’t know”
feedback-status-unanswered = not answered
feedback-status = ({ $status })
feedback-still-to-answer = Still to answer
feedback-summary = The statements behind it ({ $count })
feedback-pulled-down = What pulled this down
feedback-dont-know = What you could not say

## The radar chart's key and errors

# In the numbered key beside the chart, for a criterion without a score.
chart-no-score = no score
chart-error = The chart could not be drawn; the table shows the same numbers.
