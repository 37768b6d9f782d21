# ショップ：カタログと商品ページ。

home-title = Caravan ショップ
home-popular = いま人気の商品
categories-label = カテゴリー
categories-all = すべて
catalogue-empty = まだ商品がありません。別のカテゴリーをお試しください。
catalogue-show-more = もっと見る
price-was = 通常価格
listing-free-shipping = 送料無料
listing-new = 新着
listing-rating = 評価 { $rating }（5点満点）
listing-orders = { $count } 件の注文
breadcrumbs-label = カテゴリー
gallery-label = 商品画像
gallery-show-image = 画像 { $number } を表示
product-combination-unavailable = この組み合わせはご購入いただけません
product-in-stock = 在庫 { $count } 点
product-out-of-stock = 在庫切れ
product-shipping = 配送
product-delivery-days = { $min }～{ $max } 日
product-specifications = 仕様
product-description = 商品説明
logistics-economy = エコノミー配送
logistics-standard = スタンダード速達
logistics-commercial = 商業速達
logistics-overseas-warehouse = 海外倉庫
shop-ships-from = 発送元：{ $country }
shop-return-policy = 返品・返金
price-approximate = 概算価格（{ $amount } から換算）
product-charged-in = お支払いは { $currency } で請求されます：{ $amount }
product-converted-at = 他の通貨での金額は { $date } の参考レートによる概算です。

# Search
search-label = 検索
search-placeholder = 商品を検索