# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = カテゴリー
gallery-label = 商品画像
gallery-show-image = 画像 { $number } を表示
product-combination-unavailable = この組み合わせはご購入いただけません
product-in-stock = 在庫 { $count } 点
product-out-of-stock = 在庫切れ
product-shipping = 配送
product-specifications = 仕様
product-description = 商品説明
shop-ships-from = 発送元：{ $country }
shop-return-policy = 返品・返金
product-charged-in = お支払いは { $currency } で請求されます：{ $amount }
product-converted-at = 他の通貨での金額は { $date } の参考レートによる概算です。

# Gallery: swipe track, steps and position
gallery-track-label = 商品画像：スワイプするか矢印キーで切り替えます
gallery-thumbs-label = 画像を選ぶ
gallery-previous = 前の画像
gallery-next = 次の画像
gallery-position = { $number } / { $count }
gallery-position-spoken = { $count } 枚中 { $number } 枚目の画像
gallery-picture-alt = { $title }（{ $count } 枚中 { $number } 枚目）

# Ratings and reviews
reviews-title = 評価とレビュー
reviews-loading = レビューを読み込んでいます…
reviews-empty = まだレビューはありません。注文が完了した購入者がこの商品を評価できます。
reviews-count = 評価 { $count } 件
reviews-positive = 高評価率 { $percent }
reviews-distribution = 星の数ごとの評価
reviews-stars-row = 星 { $stars }
reviews-item-stars = 5 段階中 星 { $count } の評価
reviews-variant = バリエーション：{ $variant }
reviews-more = さらにレビューを表示
reviews-more-failed = 続きのレビューを読み込めませんでした。もう一度お試しください。
