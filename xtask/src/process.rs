//! Running child processes. Every failure names the exact command and its exit status, so a red
//! CI log says what to re-run by hand.

use std::process::{Command, ExitStatus, Output, Stdio};

use crate::Result;

/// Runs `command` with the terminal's stdin/stdout/stderr and fails unless it exits with 0.
pub fn run(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|error| format!("could not start `{}`: {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(failed(command, status))
    }
}

/// What a failed command says: its exit status, the command to re-run and where.
fn failed(command: &Command, status: ExitStatus) -> String {
    format!(
        "command failed ({status}): {}\n       in directory {}",
        describe(command),
        working_dir(command)
    )
}

/// Runs `command` quietly for a probe such as `--version`: stdout and stderr together (some
/// tools print versions on stderr), or None if the program is missing or fails.
pub fn probe(command: &mut Command) -> Option<String> {
    let output = quiet_output(command).ok()?;
    if !output.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Some(text)
}

fn quiet_output(command: &mut Command) -> std::io::Result<Output> {
    command.stdin(Stdio::null()).output()
}

/// The command as it could be pasted into a shell, with the variables xtask set for this step.
/// PATH is left out: it is long and always the same (see Workspace::command).
pub fn describe(command: &Command) -> String {
    let variables = command
        .get_envs()
        .filter(|(name, _)| *name != "PATH")
        .filter_map(|(name, value)| {
            let value = value?;
            Some(format!(
                "{}={}",
                name.to_string_lossy(),
                shell_quote(&value.to_string_lossy())
            ))
        });
    let program = std::iter::once(command.get_program().to_string_lossy().into_owned());
    let args = command
        .get_args()
        .map(|arg| shell_quote(&arg.to_string_lossy()));
    variables
        .chain(program)
        .chain(args)
        .collect::<Vec<_>>()
        .join(" ")
}

fn working_dir(command: &Command) -> String {
    match command.get_current_dir() {
        Some(dir) => dir.display().to_string(),
        None => ".".to_string(),
    }
}

fn shell_quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:@,+%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Runs `command` and returns what it wrote to stdout; its stderr goes to the terminal (so a
/// compiler's diagnostics are seen). Fails unless it exits with 0.
pub fn output(command: &mut Command) -> Result<String> {
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|error| format!("could not start `{}`: {error}", describe(command)))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(failed(command, output.status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_shows_variables_program_and_quoted_arguments() {
        let mut command = Command::new("cargo");
        command
            .args(["clippy", "--", "-D", "warnings", "two words"])
            .env("PATH", "/ignored")
            .env("CHROMEDRIVER", "/usr/bin/chromedriver");
        assert_eq!(
            describe(&command),
            "CHROMEDRIVER=/usr/bin/chromedriver cargo clippy -- -D warnings 'two words'"
        );
    }
}
