//! Statement-level feedback: for each criterion, which statements pulled it down, which were
//! "Don't know" and which have no answer yet, so the results can say what to do about each one
//! and take the person straight to the ones a criterion still needs.

use crate::assess::scoring::Answers;
use crate::questions::set::{Answer, QuestionSet};

/// One criterion's statements, by index into `Criterion::statements`, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CriterionFeedback {
    pub criterion: usize,
    /// Answered "Disagree" or "Strongly disagree".
    pub pulled_down: Vec<usize>,
    pub dont_know: Vec<usize>,
    pub unanswered: Vec<usize>,
}

impl CriterionFeedback {
    /// Nothing to act on: every statement agreed with or neutral.
    pub fn is_empty(&self) -> bool {
        self.pulled_down.is_empty() && self.dont_know.is_empty() && self.unanswered.is_empty()
    }

    /// The statements a criterion without a score still needs, in display order: the
    /// unanswered and the "Don't know" ones (an answer on the scale to any of them counts).
    pub fn missing(&self) -> Vec<usize> {
        let mut missing: Vec<usize> = self
            .unanswered
            .iter()
            .chain(&self.dont_know)
            .copied()
            .collect();
        crate::util::order::sort_small_by(&mut missing, |a, b| a.cmp(b));
        missing
    }
}

/// The feedback for every criterion of `set`, in criterion order.
pub fn feedback(set: &QuestionSet, answers: &Answers) -> Vec<CriterionFeedback> {
    set.criteria()
        .iter()
        .enumerate()
        .map(|(criterion, c)| {
            let mut found = CriterionFeedback {
                criterion,
                ..CriterionFeedback::default()
            };
            for (index, statement) in c.statements().iter().enumerate() {
                match answers.get(statement.id()) {
                    Some(Answer::Disagree | Answer::StronglyDisagree) => {
                        found.pulled_down.push(index)
                    }
                    Some(Answer::DontKnow) => found.dont_know.push(index),
                    None => found.unanswered.push(index),
                    Some(_) => {}
                }
            }
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::set::built_in_set;

    #[test]
    fn each_statement_is_sorted_by_its_answer() {
        let set = built_in_set();
        let trust = &set.criteria()[3].statements();
        let mut answers = Answers::new();
        answers.insert(trust[0].id().to_string(), Answer::StronglyDisagree);
        answers.insert(trust[1].id().to_string(), Answer::DontKnow);
        answers.insert(trust[2].id().to_string(), Answer::Agree);
        answers.insert(trust[3].id().to_string(), Answer::Disagree);
        answers.insert(trust[4].id().to_string(), Answer::Neither);
        let all = feedback(set, &answers);
        let found = &all[3];
        assert_eq!(found.pulled_down, [0, 3]);
        assert_eq!(found.dont_know, [1]);
        let unanswered: Vec<usize> = (5..trust.len()).collect();
        assert_eq!(found.unanswered, unanswered);
        let mut missing = vec![1];
        missing.extend(unanswered);
        assert_eq!(found.missing(), missing);
        // Criteria with no answers at all list every statement as missing.
        assert_eq!(
            all[0].unanswered.len(),
            set.criteria()[0].statements().len()
        );
        assert!(all[0].pulled_down.is_empty() && all[0].dont_know.is_empty());
    }

    #[test]
    fn agreeing_everywhere_leaves_nothing_to_act_on() {
        let set = built_in_set();
        let answers: Answers = set
            .statements()
            .map(|(_, s)| (s.id().to_string(), Answer::StronglyAgree))
            .collect();
        assert!(feedback(set, &answers)
            .iter()
            .all(CriterionFeedback::is_empty));
    }
}
