//! Pieces of the buyer catalogue.

mod catalogue_card;
mod catalogue_page;
mod category_strip;

pub use catalogue_card::CatalogueCard;
pub use catalogue_page::{CataloguePage, SkeletonCards};
pub use category_strip::CategoryStrip;
