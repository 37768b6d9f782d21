# The seller center's screens (loaded when the seller center opens).

seller-center-title = Seller center
