//! Who is using the seller center: signed out, signed in without a seller account, or a seller with (or
//! without yet) a shop. Loaded once when the section opens and shared by every seller page.

use crate::api::{self, seller};
use caravan_types::{
    account::{Account, Role},
    shop::ShopView,
};
use leptos::prelude::*;

/// Where the visitor stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SellerState {
    /// Nobody is signed in.
    SignedOut,
    /// Signed in with a buyer or admin account.
    NotSeller(Account),
    /// A seller; `shop` is `None` until they apply.
    Seller {
        /// The account.
        account: Account,
        /// The shop and its review, once applied for.
        shop: Option<ShopView>,
    },
}

impl SellerState {
    /// The seller's shop, if signed in as a seller who applied.
    pub fn shop(&self) -> Option<&ShopView> {
        match self {
            SellerState::Seller { shop, .. } => shop.as_ref(),
            _ => None,
        }
    }
}

/// The seller-center session, shared through context.
#[derive(Clone, Copy)]
pub struct SellerSession {
    /// Who is here; refetched after registering, signing in or applying.
    pub state: LocalResource<Result<SellerState, api::Error>>,
}

impl SellerSession {
    /// Loads the state again (after the visitor registered or applied for a shop).
    pub fn reload(&self) {
        self.state.refetch();
    }
}

/// Loads the session and makes it available to the seller pages.
pub fn provide_seller_session() -> SellerSession {
    let session = SellerSession {
        state: LocalResource::new(load_state),
    };
    provide_context(session);
    session
}

/// The session provided by [`provide_seller_session`].
pub fn use_seller_session() -> SellerSession {
    expect_context::<SellerSession>()
}

async fn load_state() -> Result<SellerState, api::Error> {
    let account = match api::auth::me().await {
        Ok(account) => account,
        Err(error) if error.is_unauthenticated() => return Ok(SellerState::SignedOut),
        Err(error) => return Err(error),
    };
    if account.role != Role::Seller {
        return Ok(SellerState::NotSeller(account));
    }
    let shop = seller::get_shop().await?;
    Ok(SellerState::Seller { account, shop })
}
