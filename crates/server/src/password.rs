//! Password hashing with Argon2id at OWASP ASVS 5.0 strength (m = 46 MiB, t = 1, p = 1).

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};

/// Memory cost in KiB (46 MiB).
const MEMORY_KIB: u32 = 46 * 1024;

fn hasher() -> Argon2<'static> {
    // The parameters are constants within Argon2's documented ranges, so construction cannot fail.
    let params = Params::new(MEMORY_KIB, 1, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string that records its own salt and parameters.
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches a PHC string made by [`hash`].
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_never_hold_the_password() {
        let phc = hash("correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=47104,t=1,p=1$"));
        assert!(!phc.contains("correct"));
        assert!(verify("correct horse battery", &phc));
        assert!(!verify("wrong horse battery", &phc));
        assert!(!verify("anything", "not a phc string"));
        assert_ne!(phc, hash("correct horse battery").unwrap(), "salts differ");
    }
}

/// Shortest and longest passwords accepted (ASVS 5.0: at least 8; at least 64 must be allowed).
pub const MIN_CHARS: usize = 8;
/// See [`MIN_CHARS`].
pub const MAX_CHARS: usize = 128;

/// The most common passwords from public breach corpora, lowercase; refused outright.
const COMMON: &str = include_str!("common_passwords.txt");

/// Why a new password was refused; the variant names are the API's field error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordPolicyError {
    /// Fewer than [`MIN_CHARS`] characters.
    #[error("use at least 8 characters")]
    TooShort,
    /// More than [`MAX_CHARS`] characters.
    #[error("use at most 128 characters")]
    TooLong,
    /// On the list of common passwords.
    #[error("this password is too common; choose one that is harder to guess")]
    Common,
    /// Contains the e-mail address or its name part.
    #[error("do not use your e-mail address in your password")]
    ContainsEmail,
}

impl PasswordPolicyError {
    /// The stable code used in field errors.
    pub fn code(&self) -> &'static str {
        match self {
            PasswordPolicyError::TooShort => "too_short",
            PasswordPolicyError::TooLong => "too_long",
            PasswordPolicyError::Common => "too_common",
            PasswordPolicyError::ContainsEmail => "contains_email",
        }
    }
}

/// Checks a new password against the policy (length in characters, not bytes; no composition rules).
pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordPolicyError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordPolicyError::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordPolicyError::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.lines().any(|common| common == lower) {
        return Err(PasswordPolicyError::Common);
    }
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    if local.chars().count() >= 4 && lower.contains(&local) {
        return Err(PasswordPolicyError::ContainsEmail);
    }
    Ok(())
}

#[cfg(test)]
mod policy_tests {
    use super::*;

    #[test]
    fn policy_refuses_short_long_common_and_email_passwords() {
        assert_eq!(
            check_new_password("short", "a@b.c"),
            Err(PasswordPolicyError::TooShort)
        );
        assert_eq!(
            check_new_password(&"x".repeat(129), "a@b.c"),
            Err(PasswordPolicyError::TooLong)
        );
        assert!(
            check_new_password(&"é".repeat(64), "a@b.c").is_ok(),
            "64 characters are allowed"
        );
        assert_eq!(
            check_new_password("Password1", "a@b.c"),
            Err(PasswordPolicyError::Common)
        );
        assert_eq!(
            check_new_password("qwertyuiop", "a@b.c"),
            Err(PasswordPolicyError::Common)
        );
        assert_eq!(
            check_new_password("maria.lopez!2026", "maria.lopez@mail.test"),
            Err(PasswordPolicyError::ContainsEmail)
        );
        assert!(check_new_password("correct horse battery", "maria@mail.test").is_ok());
    }
}
