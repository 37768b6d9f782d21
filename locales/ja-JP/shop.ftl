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
logistics-economy = エコノミー配送
logistics-standard = スタンダード速達
logistics-commercial = 商業速達
logistics-overseas-warehouse = 海外倉庫
price-approximate = 概算価格（{ $amount } から換算）

# Search
search-label = 検索
search-placeholder = 商品を検索