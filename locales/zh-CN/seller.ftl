# The seller center's screens (loaded when the seller center opens).

seller-center-title = 卖家中心
