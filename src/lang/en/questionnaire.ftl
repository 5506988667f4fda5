# The questionnaire: the statements people answer and everything the results say about
# them. Ids are stable: a statement's id (commitment-11) travels in links, so never rename one;
# a reworded statement gets a new id in core/src/questions/bank.json. Numbered keys (-1, -2, ...) are lists:
# every language has the same number of items.

## The stage question: how far along the partnership is, and the advice for that stage.

stage-forming-name = Still forming (not yet working together)
stage-forming-advice = At this stage you have not set up many of these things yet, so disagreeing is normal and useful. Read low scores as a list of what to agree first: the aim, the lead, the roles and how you will decide. Treat “Don’t know” answers as things to explain to everyone early.
stage-first-year-name = Working together for less than a year
stage-first-year-advice = In the first year, partners are still learning how each other works, and trust takes time to grow. Expect some Developing scores, and fix the basics that are still missing. Check that people beyond the core group know what has been agreed.
stage-one-to-three-name = Working together for one to three years
stage-one-to-three-advice = By now the basics should be in place, so a low score points to something that has slipped or was never settled. Check that the aim still fits the work. This is a good time to review how the partnership is run and how it should grow.
stage-established-name = Working together for more than three years
stage-established-advice = Long-standing partnerships can drift or run on habit. A low score may mean that people, aims or needs have changed since you first agreed how to work. Use the result to refresh your agreements, bring new people in and check that the partnership still adds value.

## When every criterion is a strength

all-strengths-summary = You see a partnership that is committed, clear, well run, trusted, well connected and able to handle disagreement. The task now is to keep it that way.
all-strengths-action-1 = Repeat the check in a year, or sooner after a big change such as a new partner or leader.
all-strengths-action-2 = Compare your result with other partners’ results to find anyone who sees things differently.
all-strengths-action-3 = Celebrate what the partnership has achieved with staff and the people you serve.
all-strengths-action-4 = Brief new people on how the partnership works as soon as they join.

## Commitment

criterion-commitment-name = Commitment
criterion-commitment-meaning = Your organisation says what it will bring, gives staff time, authority and senior backing, its leaders talk about what the partnership will achieve, not only money, and it gives the partnership time to build up.

statement-commitment-11 = My organisation has said clearly what it will bring to the partnership.
statement-commitment-11-action = Ask your manager what staff, time and resources your organisation has promised, and ask for it in writing.
statement-commitment-6 = My organisation has set aside enough staff time for the partnership.
statement-commitment-6-action = Ask your manager how much time is set aside for partnership work, and raise it if it is too little.
statement-commitment-7 = The people who represent my organisation in the partnership can make decisions for it.
statement-commitment-7-action = Ask your manager what your organisation’s representatives can agree without checking back, and raise any gaps with a senior leader.
statement-commitment-9 = I can see that senior leaders in my organisation back this partnership.
statement-commitment-9-action = Ask a senior leader to tell staff why the partnership matters to your organisation.
statement-commitment-13 = When leaders in my organisation talk about this partnership, they talk about what it will achieve, not only about money.
statement-commitment-13-action = Ask your manager what your organisation wants this partnership to achieve for the people you serve.
statement-commitment-12 = My organisation is willing to give the partnership time to build up before it expects results.
statement-commitment-12-action = Ask your manager when your organisation expects results, and say so if that seems too soon for joint work.

guidance-commitment-strength-summary = Your organisation backs this partnership with time, authority and senior support. Protect that backing as people, budgets and priorities change.
guidance-commitment-strength-action-1 = Brief new representatives and leaders on the partnership’s history and aims when people change.
guidance-commitment-strength-action-2 = Thank each partner in public for the time, staff and resources it gives.
guidance-commitment-developing-summary = Your organisation is involved, but its backing may be uneven or rest on a few keen people. Make it firmer and more widely shared.
guidance-commitment-developing-action-1 = Ask each partner to name the staff, time and resources it will give over the next six months.
guidance-commitment-developing-action-2 = Agree which decisions each person who speaks for a partner can take without checking back.
guidance-commitment-developing-action-3 = Agree which decisions each partner keeps for itself, so no one fears losing control of its own work.
guidance-commitment-priority-summary = Your organisation may not yet give the partnership the time, authority or backing it needs. Settle this first, because every other step depends on it.
guidance-commitment-priority-action-1 = Hold a frank talk where each partner says why it is in the partnership and what it wants from it.
guidance-commitment-priority-action-2 = Ask senior leaders in each partner to confirm in writing the people, time and authority they will give.
guidance-commitment-priority-action-3 = Set realistic timescales that allow for a slow start, when people have the least time to give.
guidance-commitment-priority-action-4 = Check that the partnership is more than a box to tick for a funder or a rule.

discussion-commitment-1 = If the funding ended tomorrow, which of us would still want to work together, and why?
discussion-commitment-2 = What can each of our representatives decide on the spot, and what has to go back?
discussion-commitment-3 = What does each of us fear giving up by working together, and how can we protect it?

## Clarity of purpose

criterion-clarity-name = Clarity of purpose
criterion-clarity-meaning = Partners have agreed a written aim that says who should be better off: you can explain it, it sits well with your organisation’s values, you can see how the planned work links to it, and you can name something it adds that no partner could do alone.

statement-clarity-6 = The partners have agreed a written aim for this partnership.
statement-clarity-6-action = Ask your manager or the partnership lead for the written aim, or ask for all partners to agree one.
statement-clarity-2 = I could explain the partnership’s main aim to a colleague in a few words.
statement-clarity-2-action = Ask the partnership lead for a one-sentence summary of the aim that you can share.
statement-clarity-10 = The partnership’s aim says who should be better off because of it.
statement-clarity-10-action = Ask the partnership lead who the aim is meant to help, and ask for that to be added if missing.
statement-clarity-9 = I can name one thing we can do together that no partner could do alone.
statement-clarity-9-action = Ask your manager or the partnership lead what the partnership makes possible that no partner could do alone.
statement-clarity-11 = What the partnership sets out to do sits well with my organisation’s values.
statement-clarity-11-action = Ask your manager or the partnership lead how the partnership’s plans fit your organisation’s values, and raise any clash.
statement-clarity-12 = I can see how the partnership’s planned work links to its main aim.
statement-clarity-12-action = Ask for each piece of partnership work to show which part of the aim it serves.

guidance-clarity-strength-summary = Your partnership has an agreed aim that people can explain and link to their work. Keep it in view so it stays sharp as things change.
guidance-clarity-strength-action-1 = Open each meeting by linking the agenda to the agreed aim.
guidance-clarity-strength-action-2 = Revisit the aim once a year, and change it only when all partners agree.
guidance-clarity-developing-summary = Partners broadly share an aim, but people may read it differently or lose sight of it. Sharpen it, and check that everyone understands it the same way.
guidance-clarity-developing-action-1 = Write the aim in one or two plain sentences and ask every partner to confirm it.
guidance-clarity-developing-action-2 = Agree whether the partnership is for one project or for the long term.
guidance-clarity-developing-action-3 = Check current work against the aim, and pause anything that no longer serves it.
guidance-clarity-developing-action-4 = Write down what the partnership adds that no partner could do alone, and share it with staff.
guidance-clarity-priority-summary = Partners have not yet agreed a clear aim, so they may pull in different directions or simply work side by side. Agree what the partnership is for before taking on more work.
guidance-clarity-priority-action-1 = Hold a planning session with all partners to agree the aim and what should change for local people.
guidance-clarity-priority-action-2 = Ask each partner what partnership means to it and what it hopes to gain, then build on the common ground.
guidance-clarity-priority-action-3 = Record the agreed aim, values and expected outcomes in a short agreement that every partner signs.
guidance-clarity-priority-action-4 = Make sure the aim is about people’s lives, not only about saving money.

discussion-clarity-1 = In one sentence, what is this partnership for, and how close are our answers?
discussion-clarity-2 = What can we achieve together that none of us could achieve alone?
discussion-clarity-3 = Which of our current activities would we drop if we were starting afresh?

## Coordination

criterion-coordination-name = Coordination
criterion-coordination-meaning = Someone steers the partnership, you know your organisation’s responsibilities, what the work covers and how decisions are made, plans use your organisation’s strengths and a review date is set.

statement-coordination-1 = The partnership has a named lead who steers its work.
statement-coordination-1-action = Find out who steers the partnership, and if nobody does, ask partners to name a lead.
statement-coordination-9 = I know what my organisation is responsible for in this partnership.
statement-coordination-9-action = Ask your manager for a short note of what your organisation and each other partner is responsible for.
statement-coordination-10 = I know what the partnership’s work covers, including what it leaves out.
statement-coordination-10-action = Ask the partnership lead for a short note of what the work covers and what falls outside it.
statement-coordination-6 = I know how the partnership makes its decisions.
statement-coordination-6-action = Ask the partnership lead for a plain note of how decisions are made and who makes them.
statement-coordination-11 = The partnership’s plans make use of what my organisation does best.
statement-coordination-11-action = Tell your manager or the partnership lead what your organisation does best, and where the plans could use it.
statement-coordination-12 = The partners have set a date to review how the partnership is working.
statement-coordination-12-action = Ask the partnership lead when the next review is due, and ask for a date if there is none.

guidance-coordination-strength-summary = Your partnership is well steered, with clear roles, clear decisions and plans that use each partner’s strengths. Keep the structure light so it keeps work moving rather than slowing it.
guidance-coordination-strength-action-1 = Plan how leadership will pass on if the current lead moves on.
guidance-coordination-strength-action-2 = Update the record of roles and task owners when a partner or representative changes.
guidance-coordination-strength-action-3 = Use each review to agree how the partnership should grow: new partners, new work or a planned end.
guidance-coordination-developing-summary = The basics are in place, but some roles, limits or decisions are blurred. Tighten them before gaps or overlaps cause friction.
guidance-coordination-developing-action-1 = Draw up a one-page chart of each partner’s role and the limits of its duties.
guidance-coordination-developing-action-2 = Keep a shared action log with one named owner and a due date for every task.
guidance-coordination-developing-action-3 = Write a short note of how the partnership is run: who decides what, and how.
guidance-coordination-developing-action-4 = Look for resources partners could pool, such as staff, rooms, training or data.
guidance-coordination-priority-summary = Nobody is clearly steering the partnership, or people are unsure who does what and how decisions are made. Put a simple structure in place first, so that effort is not wasted or repeated.
guidance-coordination-priority-action-1 = Agree who will lead the partnership, and give that role enough time to do the job.
guidance-coordination-priority-action-2 = Define the partnership’s scope in writing, including what falls outside it.
guidance-coordination-priority-action-3 = Map what each partner already does locally, to spot overlaps and gaps.
guidance-coordination-priority-action-4 = List what each partner does best, and share out the work to match.

discussion-coordination-1 = Who does each of us think is steering this partnership, and do our answers match?
discussion-coordination-2 = Where do our roles overlap, and where does work fall between us?
discussion-coordination-3 = Where do we want this partnership to be in two years’ time?

## Trust

criterion-trust-name = Trust
criterion-trust-meaning = You believe the partnership can succeed, partners keep their word in your experience, people speak honestly in meetings you attend, you can say what your organisation stands to gain, and it has a fair say.

statement-trust-6 = I believe this partnership can achieve what it has set out to do.
statement-trust-6-action = Tell the partnership lead what makes you unsure about the plan, so partners can test it together.
statement-trust-7 = In my experience, partners do what they say they will do.
statement-trust-7-action = Tell your manager or the partnership lead about broken promises, and ask for agreed actions to be checked at meetings.
statement-trust-8 = In meetings I attend, people speak honestly about difficult issues.
statement-trust-8-action = Ask for a regular slot in meetings where people can say what is not going well.
statement-trust-9 = I can say what my organisation stands to gain from this partnership.
statement-trust-9-action = Ask your organisation’s lead what it hopes to gain, and share the answer with staff.
statement-trust-10 = My organisation has a fair say in the partnership’s decisions.
statement-trust-10-action = Find out how your organisation’s views reach decisions, and raise it if they are being missed.

guidance-trust-strength-summary = You trust the partnership: partners keep their word, speak honestly and give your organisation a fair say. Guard that trust, because it is slow to build and quick to lose.
guidance-trust-strength-action-1 = Credit each partner’s part whenever the partnership reports a success.
guidance-trust-strength-action-2 = Tell partners early when your organisation cannot keep a promise, and agree together what happens next.
guidance-trust-developing-summary = There is goodwill, but trust is not yet firm on every issue or for every partner. Build it through reliable delivery and plain speaking.
guidance-trust-developing-action-1 = Check agreed promises openly at each meeting.
guidance-trust-developing-action-2 = Ask each partner what it needs from the partnership, and whether it is getting it.
guidance-trust-developing-action-3 = Review how work and credit are shared, so no partner carries the load alone.
guidance-trust-developing-action-4 = Agree how partners will share the risk if joint work goes wrong.
guidance-trust-priority-summary = Trust is low: people may doubt that partners will deliver, or feel that their organisation is used or ignored. Deal with this openly before asking partners to take on more together.
guidance-trust-priority-action-1 = Hold a meeting, led by someone neutral, where each partner says what has damaged trust and what would rebuild it.
guidance-trust-priority-action-2 = Draw up a short agreement of what each partner gives and what it gets in return.
guidance-trust-priority-action-3 = Start with a few small joint promises that partners can keep, and make sure they are kept.
guidance-trust-priority-action-4 = Agree in writing who answers for what if something goes wrong.

discussion-trust-1 = What does each of us get out of this partnership, and is it enough to keep us involved?
discussion-trust-2 = Has any partner felt used or overlooked, and what caused it?
discussion-trust-3 = What risks are we taking on for each other, and are we comfortable with them?

## Communication

criterion-communication-name = Communication
criterion-communication-meaning = You are kept up to date, meetings are about right for you, you know who to contact and can get information, the people you serve are kept informed, and you know how they can give their views.

statement-communication-3 = I am kept up to date with the partnership’s work.
statement-communication-3-action = Tell the partnership lead which updates you need and how you would like to get them.
statement-communication-10 = I am asked to attend about the right number of partnership meetings.
statement-communication-10-action = Tell your manager which partnership meetings you could drop or need to join, or where a written update would do.
statement-communication-5 = I know who to contact in each partner organisation.
statement-communication-5-action = Ask for a shared contact list with a named link person in each partner.
statement-communication-7 = When I need information from another partner, I can get it quickly.
statement-communication-7-action = Tell your manager which information is slow to come from other partners, and ask for a sharing agreement.
statement-communication-8 = The people we serve are kept informed about the partnership’s plans.
statement-communication-8-action = Ask the partnership lead how the people you serve will hear about its plans, and suggest ways to reach them.
statement-communication-9 = I know how the people we serve can give their views to the partnership.
statement-communication-9-action = Ask how the people you serve can give the partnership their views, and suggest a simple way if none exists.

guidance-communication-strength-summary = Information flows well, and the people you serve are kept informed and can be heard. Keep it that way as the partnership grows or changes.
guidance-communication-strength-action-1 = Introduce new staff to the partnership’s channels and contacts when they join.
guidance-communication-strength-action-2 = Share short updates on what the partnership has achieved with staff and the people you serve.
guidance-communication-strength-action-3 = Ask the people you serve, from time to time, whether they feel heard.
guidance-communication-developing-summary = Communication works in places but is patchy, with some people left out or unsure where to look. Make it more consistent.
guidance-communication-developing-action-1 = Agree which channel to use for what, such as email for decisions and a shared online space for papers.
guidance-communication-developing-action-2 = Send a short note of decisions and actions after every meeting.
guidance-communication-developing-action-3 = Offer joint training or team days so staff from different partners get to know each other.
guidance-communication-developing-action-4 = Give the people you serve a simple way to raise concerns and ideas, and report back on what changed.
guidance-communication-priority-summary = People are not hearing what they need, which can lead to repeated work and growing suspicion. Fix the basics of how you stay in touch first.
guidance-communication-priority-action-1 = Set a meeting rhythm that is neither too heavy nor too light, and review it after three months.
guidance-communication-priority-action-2 = Agree what information partners will share, and put a simple data-sharing agreement in place.
guidance-communication-priority-action-3 = Ask staff and the people you serve which updates they are missing and how they want them.

discussion-communication-1 = Which of our meetings could be shorter, less frequent or replaced by a written update?
discussion-communication-2 = If a frontline worker needed help from another partner today, would they know who to call?
discussion-communication-3 = How do the people we serve hear about our work, and how do we hear from them?

## Conflict resolution

criterion-conflict-name = Conflict resolution
criterion-conflict-meaning = There are agreed ways to raise a disagreement and to decide quickly, you feel able to raise worries early, you understand how partners work differently, competition has been discussed and ideas get a fair hearing.

statement-conflict-11 = The partners have an agreed way to raise a disagreement between them.
statement-conflict-11-action = Ask the partnership to agree simple steps for raising a disagreement, and share them with staff.
statement-conflict-12 = If I had a small worry about the partnership, I would feel able to raise it early.
statement-conflict-12-action = Ask your manager who to go to with early worries, and ask for a named contact if there is none.
statement-conflict-13 = The partners have agreed how to reach a decision quickly when they disagree.
statement-conflict-13-action = Ask the partnership lead what happens when partners cannot agree, and suggest a simple fallback such as a neutral chair.
statement-conflict-8 = I understand how the other partners’ ways of working differ from ours.
statement-conflict-8-action = Ask for a short session where staff from each partner explain how their organisation works day to day.
statement-conflict-14 = The partners have talked openly about any areas where they compete, such as for funding.
statement-conflict-14-action = Ask the partnership lead to put any competition for funding, staff or work on a meeting agenda.
statement-conflict-15 = In meetings I attend, ideas from every organisation in the room get a fair hearing.
statement-conflict-15-action = Ask the chair to invite ideas from each partner in turn before decisions are made.

guidance-conflict-strength-summary = Your partnership handles disagreement openly and settles it quickly. Keep using your approach, so it is familiar when a bigger test comes.
guidance-conflict-strength-action-1 = Look back at how recent disagreements were handled, and note what helped.
guidance-conflict-strength-action-2 = Explain the agreed way of raising concerns to every new partner or representative.
guidance-conflict-developing-summary = Disagreements get settled, but it may take too long or rely on goodwill rather than an agreed way. Make the approach clearer and quicker.
guidance-conflict-developing-action-1 = Write down simple steps for raising and settling a disagreement, including who to go to first.
guidance-conflict-developing-action-2 = Agree which decisions need every partner to agree, so that others can be made faster.
guidance-conflict-developing-action-3 = Hold a session where partners explain how their organisations work and what they expect.
guidance-conflict-priority-summary = Disagreements are left to grow, or are handled in ways people find unfair. Agree how you will deal with them before the next one arises.
guidance-conflict-priority-action-1 = Agree a short, fair way of settling disagreements, with a neutral person to call on if needed.
guidance-conflict-priority-action-2 = Name any areas where partners compete, and agree how you will handle them.
guidance-conflict-priority-action-3 = Make it normal to raise concerns early by adding a standing item to every agenda.

discussion-conflict-1 = How do we find out when a partner is unhappy?
discussion-conflict-2 = Where do our working styles or expectations clash most?
discussion-conflict-3 = Where are we competing, and how can we keep that competition healthy?
