//! People: who the articles mention, with titles and sides, one entry per person however
//! each outlet spells the name.

mod classes;
pub mod cluster;
mod gender;
mod keys;
mod lookup;
pub mod names;
mod packed;
mod person;
mod runs;
mod skeleton;
pub mod titles;

pub use cluster::{find_people_in, Gender, People};
pub use lookup::country;

#[cfg(test)]
mod side_tests;
#[cfg(test)]
mod tests;
