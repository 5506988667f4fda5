//! The rules a result is read by: the band cut points, what a criterion and an overall figure
//! need, the cap while a criterion is a Priority, and the honest-results thresholds (the content
//! review's R1-R12, docs/questionnaire.md). Data of a question set: every threshold is a field,
//! each built-in edition's rules a named constructor, and every rule holds for any number of
//! criteria. A result keeps the rules of the edition it was made with, so a first-edition link
//! keeps its figures.
//!
//! Ties: criteria with equal scores keep questionnaire order in every list (a stable sort), and
//! the page says they tie instead of naming one: no "lowest" when another criterion has the
//! same score, and a note when every score is equal (`Assessment::lowest`, `all_equal`).

/// What an overall figure needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverallNeeds {
    /// Any scored criterion (the first edition's rule).
    AnyScored,
    /// Every criterion scored but at most this many.
    AllButUnscored(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// A score from this is a Strength (75: "Agree" on average).
    pub strength_from: u8,
    /// A score from this is Developing; below it, a Priority.
    pub developing_from: u8,
    /// A criterion needs this many answers on the agreement scale to be scored; fewer would let
    /// one answer decide the result.
    pub min_scored_answers: usize,
    /// What the overall figure needs.
    pub overall_needs: OverallNeeds,
    /// The overall band is at most Developing while any criterion is a Priority, so a good
    /// average never hides a weak criterion.
    pub cap_while_priority: bool,
    /// The lowest criterion is named beside the overall figure (when it alone is lowest and
    /// below Strength).
    pub names_lowest: bool,
    /// A criterion with this many "Strongly disagree" answers holds a strong disagreement …
    pub strong_disagreement_strongly: usize,
    /// … and so does one with this many "Disagree" answers.
    pub strong_disagreement_disagree: usize,
    /// "Don't know" on at least `dont_know_numerator / dont_know_denominator` of the statements
    /// (a third) is a knowledge gap: shown beside the score, and over all answers it rules out
    /// the all-strengths message.
    pub dont_know_numerator: usize,
    pub dont_know_denominator: usize,
    /// A comparison says "talk about these first" only from this spread (points) up; below it
    /// the views are close (20: about one answer step across most of a criterion).
    pub talk_first_spread: u8,
}

impl Rules {
    /// The second edition's rules, today's built-in ones.
    pub const fn second_edition() -> Rules {
        Rules {
            strength_from: 75,
            developing_from: 50,
            min_scored_answers: 3,
            overall_needs: OverallNeeds::AllButUnscored(1),
            cap_while_priority: true,
            names_lowest: true,
            strong_disagreement_strongly: 1,
            strong_disagreement_disagree: 2,
            dont_know_numerator: 1,
            dont_know_denominator: 3,
            talk_first_spread: 20,
        }
    }

    /// The first edition's overall rules (any scored criterion makes an overall figure, never
    /// held down, no lowest named); its lists and notes follow today's rules.
    pub const fn first_edition() -> Rules {
        Rules {
            overall_needs: OverallNeeds::AnyScored,
            cap_while_priority: false,
            names_lowest: false,
            ..Rules::second_edition()
        }
    }

    /// How many of `criteria` must be scored for an overall figure.
    pub fn criteria_for_overall(&self, criteria: usize) -> usize {
        match self.overall_needs {
            OverallNeeds::AnyScored => 1,
            OverallNeeds::AllButUnscored(unscored) => criteria.saturating_sub(unscored).max(1),
        }
    }

    /// The band of a score.
    pub fn band(&self, score: u8) -> Band {
        if score >= self.strength_from {
            Band::Strength
        } else if score >= self.developing_from {
            Band::Developing
        } else {
            Band::Priority
        }
    }

    /// Whether `dont_know` of `total` reaches the knowledge-gap share.
    pub fn is_knowledge_gap(&self, dont_know: usize, total: usize) -> bool {
        total > 0 && dont_know * self.dont_know_denominator >= total * self.dont_know_numerator
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Priority,
    Developing,
    Strength,
}

impl Band {
    /// Lower-case key for CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strength => "strength",
            Band::Developing => "developing",
            Band::Priority => "priority",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cut_at_the_rules_thresholds() {
        let rules = Rules::second_edition();
        assert_eq!(rules.band(75), Band::Strength);
        assert_eq!(rules.band(74), Band::Developing);
        assert_eq!(rules.band(50), Band::Developing);
        assert_eq!(rules.band(49), Band::Priority);
        let stricter = Rules {
            strength_from: 80,
            ..rules
        };
        assert_eq!(stricter.band(75), Band::Developing);
    }

    #[test]
    fn an_overall_figure_needs_what_the_rules_say_for_any_number_of_criteria() {
        let second = Rules::second_edition();
        assert_eq!(second.criteria_for_overall(6), 5);
        assert_eq!(second.criteria_for_overall(3), 2);
        assert_eq!(second.criteria_for_overall(10), 9);
        assert_eq!(second.criteria_for_overall(1), 1);
        assert_eq!(Rules::first_edition().criteria_for_overall(6), 1);
    }
}
