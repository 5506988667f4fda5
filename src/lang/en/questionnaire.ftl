# The questionnaire: the statements people answer and everything the results say about
# them. Ids are stable: a statement's id (commitment-11) travels in links, so never rename one;
# a reworded statement gets a new id in core/src/questions/bank.json. Numbered keys (-1, -2, ...) are lists:
# every language has the same number of items.

## The stage question: how far along the partnership is, and the advice for that stage.

stage-forming-name = Still forming (not yet working together)
# “Answering Disagree” means the answer to a statement about something not agreed yet, not
# people disagreeing with each other.
stage-forming-advice = At this stage many of these things are not agreed yet, so answering “Disagree” about an agreement is normal and useful. Read low scores as a list of what to agree first: the aim, the lead, the roles and how you will decide. Treat “Don’t know” answers as things to explain to everyone early.
stage-first-year-name = Working together for less than a year
stage-first-year-advice = In the first year, partners are still learning how each other works, and trust takes time to grow. Expect some Developing scores, and fix the basics that are still missing. Check that people beyond the core group know what has been agreed.
stage-one-to-three-name = Working together for one to three years
stage-one-to-three-advice = By now the basics should be in place, so a low score points to something that has slipped or was never settled. Check that the aim still fits the work. This is a good time to review how the partnership is run and how it should grow.
stage-established-name = Working together for more than three years
# “Keep going out of habit”: plain words rather than an idiom.
stage-established-advice = Long-standing partnerships can drift or keep going out of habit. A low score may mean that people, aims or needs have changed since you first agreed how to work. Use the result to refresh your agreements, bring new people in and check that the partnership still adds value.

## When every criterion is a strength

all-strengths-summary = You see a partnership that is committed, clear, well run, trusted, well connected and able to handle disagreement. The task now is to keep it that way.
all-strengths-action-1 = Repeat the check in a year, or sooner after a big change such as a new partner or leader.
all-strengths-action-2 = Compare your result with other partners’ results to find anyone who sees things differently.
all-strengths-action-3 = Celebrate what the partnership has achieved with staff and the people you serve.
all-strengths-action-4 = Brief new people on how the partnership works as soon as they join.

## Commitment

criterion-commitment-name = Commitment
criterion-commitment-meaning = Your organisation gives the partnership the time, people and support it needs.

statement-commitment-11 = My organisation has said clearly what it will bring to the partnership.
statement-commitment-11-action = { $role ->
    [lead] Put in writing what your organisation will give the partnership in staff, time and money, and share it with partners.
    [manager] Find out what staff, time and money your organisation has promised the partnership, and ask for it in writing.
   *[staff] Find out what staff, time and money your organisation has promised the partnership, and ask for it in writing.
}
statement-commitment-6 = My organisation has set aside enough staff time for the partnership.
statement-commitment-6-action = { $role ->
    [lead] Check how much staff time your organisation gives the partnership, and free up more where it is too little.
    [manager] Check how much staff time your organisation gives the partnership, and free up more where it is too little.
   *[staff] Find out how much time is set aside for partnership work, and say so if it is too little.
}
statement-commitment-7 = The people who represent my organisation in the partnership can make decisions for it.
statement-commitment-7-action = { $role ->
    [lead] Agree which decisions your organisation’s representatives can take without asking first, and write them down.
    [manager] Find out what your organisation’s representatives can agree without asking first, and raise any gaps with a senior leader.
   *[staff] Find out what your organisation’s representatives can agree without asking first, and raise any gaps with a senior leader.
}
statement-commitment-9 = I can see that senior leaders in my organisation back this partnership.
statement-commitment-9-action = { $role ->
    [lead] Agree with your organisation’s senior leaders how they will show staff that they back the partnership.
    [manager] Ask a senior leader to tell staff why the partnership matters to your organisation.
   *[staff] Ask a senior leader to tell staff why the partnership matters to your organisation.
}
# Replaces statement-commitment-13 (double-barrelled and negative; assumed leaders had already
# talked about the partnership). The "not only money" half lives on in the lead's action.
statement-commitment-14 = I have heard leaders in my organisation say what this partnership should change for people.
statement-commitment-14-action = { $role ->
    [lead] Tell staff what your organisation wants this partnership to change for people, not only what it brings in.
    [manager] Find out what your organisation wants this partnership to change for people, and share it with colleagues.
   *[staff] Find out what your organisation wants this partnership to change for people, and share it with colleagues.
}
statement-commitment-12 = My organisation is willing to give the partnership time to build up before it expects results.
statement-commitment-12-action = { $role ->
    [lead] Agree with partners a realistic date for first results, and tell your organisation why joint work takes longer.
    [manager] Find out when your organisation expects results, and say so if that seems too soon for joint work.
   *[staff] Find out when your organisation expects results, and say so if that seems too soon for joint work.
}
# New (seed 001: organisations recognise and reward partnership work; review §1.4 priority 7).
statement-commitment-15 = My organisation counts time spent on partnership work as part of people’s jobs.
statement-commitment-15-action = { $role ->
    [lead] Make sure partnership work counts in the workloads and appraisals of staff in your organisation.
    [manager] Make sure partnership work counts in the workloads and appraisals of staff in your organisation.
   *[staff] Ask for the time you spend on partnership work to count in your workload and your appraisal.
}

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
criterion-clarity-meaning = Everyone knows what the partnership is for, who it should help and what it adds.

# Replaces statement-clarity-6 (double-barrelled: "agreed" and "written"). Written down is now
# in the lead's action and in the Priority guidance.
statement-clarity-13 = The partners have agreed what this partnership is for.
statement-clarity-13-action = { $role ->
    [lead] Agree with all partners, in one or two sentences, what the partnership is for, and write it down.
    [manager] Ask for the partnership’s agreed aim, and if there is none, ask for partners to agree one.
   *[staff] Ask for the partnership’s agreed aim, and if there is none, ask for partners to agree one.
}
statement-clarity-2 = I could explain the partnership’s main aim to a colleague in a few words.
statement-clarity-2-action = { $role ->
    [lead] Write a one-sentence summary of the aim, check it with partners and share it with all staff.
    [manager] Ask for a one-sentence summary of the partnership’s aim that you can share with colleagues.
   *[staff] Ask for a one-sentence summary of the partnership’s aim that you can share with colleagues.
}
# Replaces statement-clarity-10 (it presupposed an agreed aim, so a new partnership had no
# honest answer). Asks what the person knows instead.
statement-clarity-14 = I know who this partnership is meant to help.
statement-clarity-14-action = { $role ->
    [lead] Agree with partners who the partnership is meant to help, and say so in its aim.
    [manager] Find out who the partnership is meant to help, and ask for that to be written into its aim.
   *[staff] Find out who the partnership is meant to help, and ask for that to be written into its aim.
}
statement-clarity-9 = I can name one thing we can do together that no partner could do alone.
statement-clarity-9-action = { $role ->
    [lead] Agree with partners one thing the partnership can do that no partner could do alone, and tell staff.
    [manager] Find out what the partnership makes possible that no partner could do alone.
   *[staff] Find out what the partnership makes possible that no partner could do alone.
}
statement-clarity-11 = What the partnership sets out to do sits well with my organisation’s values.
statement-clarity-11-action = { $role ->
    [lead] Compare the partnership’s plans with your organisation’s values, and raise any clash with partners early.
    [manager] Find out how the partnership’s plans fit your organisation’s values, and raise any clash with a senior leader.
   *[staff] Find out how the partnership’s plans fit your organisation’s values, and raise any clash with a senior leader.
}
statement-clarity-12 = I can see how the partnership’s planned work links to its main aim.
# Kept (same words, same id); the hint is new: a partnership two months old may have planned
# nothing yet.
statement-clarity-12-hint = If no work has been planned yet, choose “Don’t know”.
statement-clarity-12-action = { $role ->
    [lead] Show which part of the aim each piece of partnership work serves, and pause work that serves none.
    [manager] Ask for each piece of partnership work to show which part of the aim it serves.
   *[staff] Ask for each piece of partnership work to show which part of the aim it serves.
}

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
criterion-coordination-meaning = Someone leads the work, and you know who does what, how it is decided and how it is checked.

# Replaces statement-coordination-1 ("lead" could be a person or an organisation; "named" and
# "steers" were two things).
statement-coordination-13 = I know who leads the partnership’s work.
statement-coordination-13-action = { $role ->
    [lead] Agree with partners who leads the partnership’s work, and tell staff in every partner.
    [manager] Find out who leads the partnership’s work, and if nobody does, ask partners to agree a lead.
   *[staff] Find out who leads the partnership’s work, and if nobody does, ask partners to agree a lead.
}
statement-coordination-9 = I know what my organisation is responsible for in this partnership.
statement-coordination-9-action = { $role ->
    [lead] Write a short note of what each partner is responsible for, and share it with all staff.
    [manager] Ask for a short note of what your organisation and each other partner is responsible for.
   *[staff] Ask for a short note of what your organisation and each other partner is responsible for.
}
statement-coordination-10 = I know what the partnership’s work covers, including what it leaves out.
statement-coordination-10-action = { $role ->
    [lead] Agree with partners what the work covers and what falls outside it, and share a short note.
    [manager] Ask for a short note of what the partnership’s work covers and what falls outside it.
   *[staff] Ask for a short note of what the partnership’s work covers and what falls outside it.
}
statement-coordination-6 = I know how the partnership makes its decisions.
statement-coordination-6-action = { $role ->
    [lead] Write a plain note of how the partnership makes decisions and who makes them, and share it.
    [manager] Ask for a plain note of how the partnership makes decisions and who makes them.
   *[staff] Ask for a plain note of how the partnership makes decisions and who makes them.
}
statement-coordination-11 = The partnership’s plans make use of what my organisation does best.
# Kept (same words, same id); the hint is new: it presupposed plans.
statement-coordination-11-hint = If there are no plans yet, or you have not seen them, choose “Don’t know”.
statement-coordination-11-action = { $role ->
    [lead] Ask each partner what it does best, and build the plans around it.
    [manager] Tell whoever plans the partnership’s work what your organisation does best and where it could help.
   *[staff] Tell whoever plans the partnership’s work what your organisation does best and where it could help.
}
# New, in place of statement-coordination-12 (dropped: a review date is not a review practice).
# Seed 001: review progress and adapt; review §1.4 priority 1. The review date moves into the
# action.
statement-coordination-14 = I know how the partnership will check that its work is making a difference.
statement-coordination-14-action = { $role ->
    [lead] Agree with partners how you will check that the work makes a difference, and set a date to review it.
    [manager] Ask how the partnership will check that its work makes a difference, and when it will next review this.
   *[staff] Ask how the partnership will check that its work makes a difference, and when it will next review this.
}
# New. Seed 004: local insight, or work is not evidence based; review §1.4 priority 3.
statement-coordination-15 = I know what evidence about local needs the partnership uses to plan its work.
statement-coordination-15-action = { $role ->
    [lead] Gather what each partner knows about local needs, including from frontline staff, and base the plans on it.
    [manager] Ask what is known about local needs behind the partnership’s plans, and share what you see in your work.
   *[staff] Ask what is known about local needs behind the partnership’s plans, and share what you see in your work.
}

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
criterion-trust-meaning = You believe the partnership can work, partners keep their word, and your organisation is treated fairly.

statement-trust-6 = I believe this partnership can achieve what it has set out to do.
statement-trust-6-action = { $role ->
    [lead] Ask partners to test the plan together: what must go right, and what could stop it?
    [manager] Say in the partnership what makes you unsure about the plan, so partners can test it together.
   *[staff] Say in the partnership what makes you unsure about the plan, so partners can test it together.
}
# Replaces statement-trust-7 (summed up every partner in one answer, and assumed a track
# record). "Every … I have dealt with" says how to answer when one partner is unreliable; "so
# far" asks only for what the person has seen.
statement-trust-11 = Every partner I have dealt with so far has done what it said it would do.
statement-trust-11-hint = If you have not dealt with another partner yet, choose “Don’t know”.
statement-trust-11-action = { $role ->
    [lead] Check agreed actions at each meeting, and talk directly to any partner whose promises slip.
    [manager] Note any promise that was not kept, raise it, and ask for agreed actions to be checked at each meeting.
   *[staff] Note any promise that was not kept, raise it, and ask for agreed actions to be checked at each meeting.
}
statement-trust-8 = In meetings I attend, people speak honestly about difficult issues.
# Kept (same words, same id); the hint is new: frontline staff rarely go to these meetings, and
# a new partnership may have met no hard issue yet.
statement-trust-8-hint = If you do not go to partnership meetings, or nothing difficult has come up yet, choose “Don’t know”.
statement-trust-8-action = { $role ->
    [lead] Make time in each meeting for people to say what is not going well, and thank them for it.
    [manager] Ask for a regular slot in meetings where people can say what is not going well.
   *[staff] Ask for a regular slot in meetings where people can say what is not going well.
}
statement-trust-9 = I can say what my organisation stands to gain from this partnership.
statement-trust-9-action = { $role ->
    [lead] Write down what your organisation hopes to gain from the partnership, and share it with staff.
    [manager] Find out what your organisation hopes to gain from the partnership, and share the answer with colleagues.
   *[staff] Find out what your organisation hopes to gain from the partnership, and share the answer with colleagues.
}
statement-trust-10 = My organisation has a fair say in the partnership’s decisions.
# Kept (same words, same id); the hint is new: it assumed decisions had been taken.
statement-trust-10-hint = If no decisions have been made yet, or you cannot see how they are made, choose “Don’t know”.
statement-trust-10-action = { $role ->
    [lead] Ask partners whether each has a fair say in decisions, and agree changes where one does not.
    [manager] Find out how your organisation’s views reach decisions, and raise it if they are being missed.
   *[staff] Find out how your organisation’s views reach decisions, and raise it if they are being missed.
}
# New. Seeds 001 and 004: shared workload; not passing the buck; nobody feels used. Review
# §1.4 priority 2. One-sided on purpose ("no more than"): too little say is trust-10.
statement-trust-12 = My organisation is asked to do no more than its fair share of the partnership’s work.
statement-trust-12-action = { $role ->
    [lead] List who does which partnership tasks, and share out the work again where one partner carries too much.
    [manager] Note the partnership tasks your organisation takes on, and raise it if your share seems unfair.
   *[staff] Note the partnership tasks your organisation takes on, and raise it if your share seems unfair.
}

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
criterion-communication-meaning = Everyone who needs to know is kept informed, inside the partnership and among those it is meant to help.

statement-communication-3 = I am kept up to date with the partnership’s work.
statement-communication-3-action = { $role ->
    [lead] Ask staff in each partner which updates they need, and send a short update at regular times.
    [manager] Ask to get the partnership’s updates, and say which ones you need and in what form.
   *[staff] Ask to get the partnership’s updates, and say which ones you need and in what form.
}
# Replaces statement-communication-10 (two-sided: Disagree meant too many or too few; its
# Welsh was clumsy, review §5.2 row 17). The meeting load stays in the action and guidance.
statement-communication-11 = The partnership meetings I go to are a good use of my time.
statement-communication-11-hint = If you do not go to partnership meetings, choose “Don’t know”.
statement-communication-11-action = { $role ->
    [lead] Review the meetings with partners, and cut, shorten or replace any that are not a good use of time.
    [manager] Say which partnership meetings could be shorter, fewer or replaced by a written update.
   *[staff] Say which partnership meetings could be shorter, fewer or replaced by a written update.
}
statement-communication-5 = I know who to contact in each partner organisation.
statement-communication-5-action = { $role ->
    [lead] Keep a shared contact list with a named link person in each partner, and send it to all staff.
    [manager] Ask for a shared contact list with a named link person in each partner.
   *[staff] Ask for a shared contact list with a named link person in each partner.
}
# Replaces statement-communication-7 (summed up every partner, and assumed a past need).
statement-communication-12 = I know what information the partners have agreed to share with each other.
statement-communication-12-action = { $role ->
    [lead] Agree with partners what information they will share and how, and tell staff in every partner.
    [manager] Ask what information the partners have agreed to share, and how you can get it when you need it.
   *[staff] Ask what information the partners have agreed to share, and how you can get it when you need it.
}
# Replaces statement-communication-8 ("the people we serve" was ambiguous: whose?).
statement-communication-13 = The people this partnership is meant to help are told about its plans.
statement-communication-13-hint = If there is nothing to tell them yet, or you cannot say, choose “Don’t know”.
statement-communication-13-action = { $role ->
    [lead] Agree with partners how the people you are meant to help will hear about your plans, and when.
    [manager] Ask how the partnership will tell the people it is meant to help about its plans, and suggest ways.
   *[staff] Ask how the partnership will tell the people it is meant to help about its plans, and suggest ways.
}
# Replaces statement-communication-9 (same ambiguity).
statement-communication-14 = I know how the people this partnership is meant to help can give it their views.
statement-communication-14-action = { $role ->
    [lead] Set up a simple way for the people the partnership helps to give their views, and report back what changed.
    [manager] Ask how the people the partnership helps can give their views, and suggest a simple way if none exists.
   *[staff] Ask how the people the partnership helps can give their views, and suggest a simple way if none exists.
}
# New. Seeds 003 and 004: people, not organisations, make partnerships. Review §1.4 priority 4.
statement-communication-15 = I have good working relationships with the people I deal with in other partners.
statement-communication-15-action = { $role ->
    [lead] Make time for people from different partners to meet and get to know each other, not only in formal meetings.
    [manager] Arrange to meet the people you deal with in other partners, even briefly, to get to know them.
   *[staff] Arrange to meet the people you deal with in other partners, even briefly, to get to know them.
}

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
criterion-conflict-meaning = Partners know how they differ, and can raise and settle a disagreement early and fairly.

statement-conflict-11 = The partners have an agreed way to raise a disagreement between them.
statement-conflict-11-action = { $role ->
    [lead] Agree with partners simple steps for raising a disagreement, and share them with staff.
    [manager] Ask the partnership to agree simple steps for raising a disagreement, and share them with staff.
   *[staff] Ask the partnership to agree simple steps for raising a disagreement, and share them with staff.
}
statement-conflict-12 = If I had a small worry about the partnership, I would feel able to raise it early.
statement-conflict-12-action = { $role ->
    [lead] Tell staff in every partner who to bring early worries to, and thank people who raise them.
    [manager] Find out who to take an early worry to, and ask for a named contact if there is none.
   *[staff] Find out who to take an early worry to, and ask for a named contact if there is none.
}
# Replaces statement-conflict-13 (double-barrelled: "agreed" and "quickly").
statement-conflict-16 = The partners have agreed what to do when they cannot reach agreement.
statement-conflict-16-action = { $role ->
    [lead] Agree with partners what happens when you cannot agree, such as calling on a neutral chair.
    [manager] Ask what happens when partners cannot agree, and suggest a simple fallback such as a neutral chair.
   *[staff] Ask what happens when partners cannot agree, and suggest a simple fallback such as a neutral chair.
}
statement-conflict-8 = I understand how the other partners’ ways of working differ from ours.
statement-conflict-8-action = { $role ->
    [lead] Hold a short session where staff from each partner explain how their organisation works day to day.
    [manager] Ask for a short session where staff from each partner explain how their organisation works day to day.
   *[staff] Ask for a short session where staff from each partner explain how their organisation works day to day.
}
# Replaces statement-conflict-14 (it presupposed competition: with none, neither Agree nor
# Disagree was right).
statement-conflict-17 = The partners have talked openly about whether they compete, for example for funding.
statement-conflict-17-action = { $role ->
    [lead] Put any competition between partners, for funding, staff or work, on an agenda and agree how to handle it.
    [manager] Ask for any competition between partners, for funding, staff or work, to be talked about at a meeting.
   *[staff] Ask for any competition between partners, for funding, staff or work, to be talked about at a meeting.
}
# Replaces statement-conflict-15 (it summed up every organisation in the room in one answer).
statement-conflict-18 = In partnership meetings I go to, my organisation’s ideas are taken seriously.
statement-conflict-18-hint = If you do not go to partnership meetings, choose “Don’t know”.
statement-conflict-18-action = { $role ->
    [lead] Invite ideas from each partner in turn before decisions are made, and say how each was used.
    [manager] Ask the chair to invite ideas from each partner in turn before decisions are made.
   *[staff] Ask the chair to invite ideas from each partner in turn before decisions are made.
}
# New. Seeds 001, 002, 003: different goals, priorities and expectations; not knowing what
# drives each partner. Review §1.4 priority 5, asked about what the person knows so frontline
# staff can answer it.
statement-conflict-19 = I know where the other partners’ priorities differ from my organisation’s.
statement-conflict-19-action = { $role ->
    [lead] Ask each partner to say openly what matters most to it this year, and note where priorities differ.
    [manager] Ask for a session where partners say what matters most to their organisation this year.
   *[staff] Ask for a session where partners say what matters most to their organisation this year.
}

guidance-conflict-strength-summary = Your partnership handles disagreement openly and settles it quickly. Keep using your approach, so it is familiar when a bigger test comes.
guidance-conflict-strength-action-1 = Look back at how recent disagreements were handled, and note what helped.
guidance-conflict-strength-action-2 = Explain the agreed way of raising concerns to every new partner or representative.
guidance-conflict-developing-summary = Disagreements get settled, but it may take too long or rely on goodwill rather than an agreed way. Make the approach clearer and quicker.
guidance-conflict-developing-action-1 = Write down simple steps for raising and settling a disagreement, including who to go to first.
guidance-conflict-developing-action-2 = Agree which decisions need every partner to agree, so that others can be made faster.
guidance-conflict-developing-action-3 = Hold a session where partners explain how their organisations work and what they expect.
# Added after guidance-conflict-developing-action-3 (a list item: every language gets it).
# Seed 001: flexibility and willingness to compromise (review §1.4 priority 6, kept in
# guidance so the check stays at 40 statements).
guidance-conflict-developing-action-4 = Before a hard decision, ask each partner where it can give way and where it cannot.
guidance-conflict-priority-summary = Disagreements are left to grow, or are handled in ways people find unfair. Agree how you will deal with them before the next one arises.
guidance-conflict-priority-action-1 = Agree a short, fair way of settling disagreements, with a neutral person to call on if needed.
guidance-conflict-priority-action-2 = Name any areas where partners compete, and agree how you will handle them.
guidance-conflict-priority-action-3 = Make it normal to raise concerns early by adding a standing item to every agenda.

discussion-conflict-1 = How do we find out when a partner is unhappy?
discussion-conflict-2 = Where do our working styles or expectations clash most?
discussion-conflict-3 = Where are we competing, and how can we keep that competition healthy?
