# The facilitator's guide (the printable #facilitator-guide page). It must print on two A4
# pages: keep a translation about as long as the English. Numbered keys are lists.

guide-title = Running the Partnership Readiness Check: a guide for facilitators
guide-intro = This guide is for the person who runs the check with a whole partnership. The check works best when people from every partner answer on their own and then talk together about where their views differ. The results start a conversation; they are not a grade.

guide-section-1-heading = Who should take part
guide-section-1-paragraph-1 = Invite a mix of roles from every partner organisation: leaders, managers and frontline staff. People in different roles see different parts of the partnership, and the gaps between their views are often the most useful finding.
guide-section-1-paragraph-2 = Aim for at least three people from each partner. When results are shared as a group, no single person’s answers can then be picked out. With only one or two people from a partner, everyone can guess whose result is whose, and people stop answering honestly.
guide-section-1-point-1 = Include people who joined recently as well as those who set the partnership up.
guide-section-1-point-2 = Up to 12 results fit on one comparison page. For a larger group, compare a mix of roles, or run one comparison per group of partners.

guide-section-2-heading = How to run it
# $minutes is how long the check takes for this edition (the welcome gives the same figure).
guide-section-2-paragraph-1 = Send everyone the link with a date to finish by. Each person answers alone, at their own pace; it takes about { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Answers stay on their own device, and nothing is sent anywhere.
guide-section-2-paragraph-2 = At the start, each person says how far along the partnership is. Different people may choose different stages, and that is worth noting too.
guide-section-2-point-1 = When they finish, each person copies their result link and sends it to you. Ask them to give their role on the first page rather than in the result’s name: the comparison then shows a role’s view only when three or more people share it, and never beside one person.
guide-section-2-point-2 = Paste the links into the comparison page. It shows all the results on one chart.
guide-section-2-point-3 = Under “Talk about these first”, it lists the criteria where people’s scores are 20 or more points apart, furthest first. Start there. When no criterion is that far apart, it says your views are close.

guide-section-3-heading = The comparison session
guide-section-3-paragraph-1 = Allow 60 to 90 minutes with people from every partner in the room. Show the comparison chart, not anyone’s own result.
guide-section-3-point-1 = 5 minutes: the ground rules and the purpose of the session.
guide-section-3-point-2 = 10 minutes: look at the chart together. What stands out?
guide-section-3-point-3 = 40 to 60 minutes: take the “Talk about these first” criteria in turn. Use that criterion’s discussion questions: each person’s own results and printout list them under every criterion, and so does the comparison. Ask why people might see it so differently, without asking who gave which score.
guide-section-3-point-4 = 5 minutes: note where people placed the partnership at different stages. If some think it is still forming and others think it is well established, talk about why.
guide-section-3-point-5 = 10 minutes: agree two or three actions, each with a person and a date, and a date to review them.

guide-section-4-heading = When people answer “Don’t know”
guide-section-4-paragraph-1 = A lot of “Don’t know” answers in a criterion means information is not reaching people. It is a finding, not a failure by the people who answered.
guide-section-4-paragraph-2 = Look at which statements got the most “Don’t know” answers, and who gave them. If frontline staff do not know how decisions are made, the fix is to tell them, not to ask them to guess.
guide-section-4-point-1 = Each statement’s action says where to find out, such as the partnership lead or a senior leader.
guide-section-4-point-2 = Ask who holds the missing information, and agree how it will reach everyone.
guide-section-4-point-3 = Change something lasting, such as a short note after each meeting or a shared contact list.

guide-section-5-heading = When to repeat the check
guide-section-5-paragraph-1 = Use the check while the partnership is forming, again after about six months, and then once a year. Repeat it after a big change, such as a new partner, a new lead or new funding.
guide-section-5-paragraph-2 = Compare each new result with the last one, and ask what has changed and why. The second edition of the check keeps the same six criteria as the first, but many statements have changed. Compare criterion scores across editions with care, and do not compare single statements.

guide-section-6-heading = Ground rules
guide-section-6-paragraph-1 = Read these out at the start of every session.
guide-section-6-point-1 = Answers are anonymous. Nobody has to say what they answered.
guide-section-6-point-2 = Do not name who said what, in the room or afterwards.
guide-section-6-point-3 = Talk about the partnership, not about people.
guide-section-6-point-4 = Different views are useful. Nobody is wrong for seeing things differently.
guide-section-6-point-5 = The results start a conversation. They are not a grade or a league table.
