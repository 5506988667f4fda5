# Third edition (bank version 3): every NEW or CHANGED English message, in the key scheme of
# src/lang/en/questionnaire.ftl (and, at the end, assessment.ftl, guide.ftl). Messages not listed
# here are unchanged. Merge rule: each message replaces the one with the same key, or is added
# in the position noted; statements (and their actions) are in bank3.json's display order.
#
# Retired with this edition (their keys stay only if the widget still shows second-edition
# results in words; never reuse the numbers): statement-commitment-13, statement-clarity-6,
# statement-clarity-10, statement-coordination-1, statement-coordination-12,
# statement-trust-7, statement-communication-10, statement-communication-7,
# statement-communication-8, statement-communication-9, statement-conflict-13,
# statement-conflict-14, statement-conflict-15 (each with its -action).
#
# New kinds of message:
# - statement-<id>-hint: one line under a statement that says when "Don’t know" is the honest
#   answer. Only statements that a frontline worker or a newcomer often cannot answer from what
#   they see have one (plan.md, answerable_by).
# - every statement-<id>-action is a choice on $role: [lead] for a partnership lead or
#   coordinator, a senior leader or a board member or trustee; [manager] for a manager in a
#   partner organisation; *[staff] for frontline staff, a community representative and anyone who
#   did not say (the default, so it must make sense to anyone). At most two different wordings
#   per action (issue 22): [manager] always repeats one of the other two.
#   NOTE for the developer: the widget's Fluent compiler refuses selectors on anything but a
#   number (docs/translation.md); it needs string selectors for $role, or these become
#   statement-<id>-action and statement-<id>-action-lead.

## The stage question: how far along the partnership is, and the advice for that stage.

# Changed: "disagreeing" could be read as people disagreeing with each other (content review
# §5.2 row 8); it means answering “Disagree” to a statement about something not agreed yet.
stage-forming-advice = At this stage many of these things are not agreed yet, so answering “Disagree” about an agreement is normal and useful. Read low scores as a list of what to agree first: the aim, the lead, the roles and how you will decide. Treat “Don’t know” answers as things to explain to everyone early.
# Changed: "run on habit" is an idiom (review §2.1).
stage-established-advice = Long-standing partnerships can drift or keep going out of habit. A low score may mean that people, aims or needs have changed since you first agreed how to work. Use the result to refresh your agreements, bring new people in and check that the partnership still adds value.

## Commitment

criterion-commitment-meaning = Your organisation gives the partnership the time, people and support it needs.

statement-commitment-11-action = { $role ->
    [lead] Put in writing what your organisation will give the partnership in staff, time and money, and share it with partners.
    [manager] Find out what staff, time and money your organisation has promised the partnership, and ask for it in writing.
   *[staff] Find out what staff, time and money your organisation has promised the partnership, and ask for it in writing.
}
statement-commitment-6-action = { $role ->
    [lead] Check how much staff time your organisation gives the partnership, and free up more where it is too little.
    [manager] Check how much staff time your organisation gives the partnership, and free up more where it is too little.
   *[staff] Find out how much time is set aside for partnership work, and say so if it is too little.
}
statement-commitment-7-action = { $role ->
    [lead] Agree which decisions your organisation’s representatives can take without asking first, and write them down.
    [manager] Find out what your organisation’s representatives can agree without asking first, and raise any gaps with a senior leader.
   *[staff] Find out what your organisation’s representatives can agree without asking first, and raise any gaps with a senior leader.
}
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

## Clarity of purpose

criterion-clarity-meaning = Everyone knows what the partnership is for, who it should help and what it adds.

# Replaces statement-clarity-6 (double-barrelled: "agreed" and "written"). Written down is now
# in the lead's action and in the Priority guidance.
statement-clarity-13 = The partners have agreed what this partnership is for.
statement-clarity-13-action = { $role ->
    [lead] Agree with all partners, in one or two sentences, what the partnership is for, and write it down.
    [manager] Ask for the partnership’s agreed aim, and if there is none, ask for partners to agree one.
   *[staff] Ask for the partnership’s agreed aim, and if there is none, ask for partners to agree one.
}
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
statement-clarity-9-action = { $role ->
    [lead] Agree with partners one thing the partnership can do that no partner could do alone, and tell staff.
    [manager] Find out what the partnership makes possible that no partner could do alone.
   *[staff] Find out what the partnership makes possible that no partner could do alone.
}
statement-clarity-11-action = { $role ->
    [lead] Compare the partnership’s plans with your organisation’s values, and raise any clash with partners early.
    [manager] Find out how the partnership’s plans fit your organisation’s values, and raise any clash with a senior leader.
   *[staff] Find out how the partnership’s plans fit your organisation’s values, and raise any clash with a senior leader.
}
# Kept (same words, same id); the hint is new: a partnership two months old may have planned
# nothing yet.
statement-clarity-12-hint = If no work has been planned yet, choose “Don’t know”.
statement-clarity-12-action = { $role ->
    [lead] Show which part of the aim each piece of partnership work serves, and pause work that serves none.
    [manager] Ask for each piece of partnership work to show which part of the aim it serves.
   *[staff] Ask for each piece of partnership work to show which part of the aim it serves.
}

## Coordination

criterion-coordination-meaning = Someone leads the work, and you know who does what, how it is decided and how it is checked.

# Replaces statement-coordination-1 ("lead" could be a person or an organisation; "named" and
# "steers" were two things).
statement-coordination-13 = I know who leads the partnership’s work.
statement-coordination-13-action = { $role ->
    [lead] Agree with partners who leads the partnership’s work, and tell staff in every partner.
    [manager] Find out who leads the partnership’s work, and if nobody does, ask partners to agree a lead.
   *[staff] Find out who leads the partnership’s work, and if nobody does, ask partners to agree a lead.
}
statement-coordination-9-action = { $role ->
    [lead] Write a short note of what each partner is responsible for, and share it with all staff.
    [manager] Ask for a short note of what your organisation and each other partner is responsible for.
   *[staff] Ask for a short note of what your organisation and each other partner is responsible for.
}
statement-coordination-10-action = { $role ->
    [lead] Agree with partners what the work covers and what falls outside it, and share a short note.
    [manager] Ask for a short note of what the partnership’s work covers and what falls outside it.
   *[staff] Ask for a short note of what the partnership’s work covers and what falls outside it.
}
statement-coordination-6-action = { $role ->
    [lead] Write a plain note of how the partnership makes decisions and who makes them, and share it.
    [manager] Ask for a plain note of how the partnership makes decisions and who makes them.
   *[staff] Ask for a plain note of how the partnership makes decisions and who makes them.
}
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

## Trust

criterion-trust-meaning = You believe the partnership can work, partners keep their word, and your organisation is treated fairly.

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
# Kept (same words, same id); the hint is new: frontline staff rarely go to these meetings, and
# a new partnership may have met no hard issue yet.
statement-trust-8-hint = If you do not go to partnership meetings, or nothing difficult has come up yet, choose “Don’t know”.
statement-trust-8-action = { $role ->
    [lead] Make time in each meeting for people to say what is not going well, and thank them for it.
    [manager] Ask for a regular slot in meetings where people can say what is not going well.
   *[staff] Ask for a regular slot in meetings where people can say what is not going well.
}
statement-trust-9-action = { $role ->
    [lead] Write down what your organisation hopes to gain from the partnership, and share it with staff.
    [manager] Find out what your organisation hopes to gain from the partnership, and share the answer with colleagues.
   *[staff] Find out what your organisation hopes to gain from the partnership, and share the answer with colleagues.
}
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

## Communication

criterion-communication-meaning = Everyone who needs to know is kept informed, inside the partnership and among those it is meant to help.

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

## Conflict resolution

criterion-conflict-meaning = Partners know how they differ, and can raise and settle a disagreement early and fairly.

statement-conflict-11-action = { $role ->
    [lead] Agree with partners simple steps for raising a disagreement, and share them with staff.
    [manager] Ask the partnership to agree simple steps for raising a disagreement, and share them with staff.
   *[staff] Ask the partnership to agree simple steps for raising a disagreement, and share them with staff.
}
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

# Added after guidance-conflict-developing-action-3 (a list item: every language gets it).
# Seed 001: flexibility and willingness to compromise (review §1.4 priority 6, kept in
# guidance so the check stays at 40 statements).
guidance-conflict-developing-action-4 = Before a hard decision, ask each partner where it can give way and where it cannot.

## Interface: assessment.ftl (the welcome page)

# Changed: a figure computed from the edition instead of a fixed "About 6 minutes". $minutes =
# the edition's statement count × 10 seconds, rounded to the nearest minute (40 statements: 7).
welcome-fact-time = { $minutes ->
    [one] About { $minutes } minute.
   *[other] About { $minutes } minutes.
}
# Changed: the section sizes come from the edition. $fewest and $most are the smallest and
# largest number of statements in a section (third edition: 6 and 7).
welcome-fact-time-detail = Short sections of { $fewest } to { $most } statements. Skip any you cannot answer.
# Changed: some statements now say when “Don’t know” is the honest answer.
welcome-stage-hint = Every statement can be answered at every stage; some say when “Don’t know” is the honest answer. Your answer here helps read the result, and it travels with any result you share.
# New: the role question beside the stage question (issue 22 §3), for whoever builds it.
welcome-role-question = What is your role in the partnership? (optional)
welcome-role-hint = It changes how the suggested actions are worded, and it travels with any result you share. In a comparison, views by role are shown only when three or more people give the same role.
role-lead = Partnership lead or coordinator
role-senior-leader = Senior leader in a partner organisation
role-manager = Manager in a partner organisation
role-frontline = Frontline staff
role-board = Board member or trustee
role-community = Community representative
role-not-given = Not given
# New: beside a result made with the second edition, as results-first-edition-note does for the first.
results-second-edition-note = Made with the second edition of the questionnaire (35 statements). Its scores are shown exactly as they were then; the third edition asks some different statements.

## Interface: guide.ftl (the facilitator's guide follows the welcome)

guide-section-2-paragraph-1 = Send everyone the link with a date to finish by. Each person answers alone, at their own pace; it takes about { $minutes } minutes. Answers stay on their own device, and nothing is sent anywhere.
