//! Who is answering: the person's role in the partnership, which they may give on the welcome
//! beside the stage. It words the suggested actions for them (a partnership lead is never told
//! to "ask the partnership lead"), travels with a shared result, and lets a comparison show
//! views by role once three or more people share one.

/// A role a person can say they hold. Stable ids and codes: they travel in stored documents,
/// files and links, so a role is never renumbered or renamed; a new one takes the next code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Lead,
    SeniorLeader,
    Manager,
    Frontline,
    Board,
    Community,
}

/// Which wording of an action fits a role: each action has at most two wordings, one for those
/// who hold or set the answer and one that fits anyone (the default, also when no role is
/// given). A manager gets the second, except where an action asks for what managers decide.
/// The names are the `$role` choice's cases in the language files (`readiness_lang::TEXT_CHOICES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionWording {
    Lead,
    Manager,
    Staff,
}

impl ActionWording {
    pub const ALL: [ActionWording; 3] = [
        ActionWording::Lead,
        ActionWording::Manager,
        ActionWording::Staff,
    ];

    /// Its place in `ALL`.
    pub fn index(self) -> usize {
        match self {
            ActionWording::Lead => 0,
            ActionWording::Manager => 1,
            ActionWording::Staff => 2,
        }
    }

    /// The case name in a `$role` choice.
    pub fn key(self) -> &'static str {
        match self {
            ActionWording::Lead => "lead",
            ActionWording::Manager => "manager",
            ActionWording::Staff => "staff",
        }
    }

    /// The wording for a person who gave `role`, or none.
    pub fn of(role: Option<Role>) -> ActionWording {
        match role {
            Some(Role::Lead | Role::SeniorLeader | Role::Board) => ActionWording::Lead,
            Some(Role::Manager) => ActionWording::Manager,
            Some(Role::Frontline | Role::Community) | None => ActionWording::Staff,
        }
    }
}

impl Role {
    /// In the order the welcome lists them.
    pub const ALL: [Role; 6] = [
        Role::Lead,
        Role::SeniorLeader,
        Role::Manager,
        Role::Frontline,
        Role::Board,
        Role::Community,
    ];

    /// The id used in stored documents, exported files and element ids, and in the language
    /// files' `role-<id>` names.
    pub fn id(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::SeniorLeader => "senior-leader",
            Role::Manager => "manager",
            Role::Frontline => "frontline",
            Role::Board => "board",
            Role::Community => "community",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.id() == id)
    }

    /// The one-byte code a link carries (format 2's field 4).
    pub fn code(self) -> u8 {
        match self {
            Role::Lead => 1,
            Role::SeniorLeader => 2,
            Role::Manager => 3,
            Role::Frontline => 4,
            Role::Board => 5,
            Role::Community => 6,
        }
    }

    pub fn from_code(code: u8) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_codes_are_distinct_and_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(role));
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        let codes: std::collections::BTreeSet<u8> = Role::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Role::ALL.len());
        assert_eq!(Role::from_code(0), None);
        assert_eq!(Role::from_code(7), None);
        assert_eq!(Role::from_id("Lead"), None);
    }

    #[test]
    fn leads_senior_leaders_and_board_members_get_the_lead_wording_and_no_role_the_default() {
        assert_eq!(ActionWording::of(Some(Role::Lead)), ActionWording::Lead);
        assert_eq!(
            ActionWording::of(Some(Role::SeniorLeader)),
            ActionWording::Lead
        );
        assert_eq!(ActionWording::of(Some(Role::Board)), ActionWording::Lead);
        assert_eq!(
            ActionWording::of(Some(Role::Manager)),
            ActionWording::Manager
        );
        assert_eq!(
            ActionWording::of(Some(Role::Frontline)),
            ActionWording::Staff
        );
        assert_eq!(
            ActionWording::of(Some(Role::Community)),
            ActionWording::Staff
        );
        assert_eq!(ActionWording::of(None), ActionWording::Staff);
        for (place, wording) in ActionWording::ALL.into_iter().enumerate() {
            assert_eq!(wording.index(), place);
        }
    }
}
