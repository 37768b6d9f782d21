# The search page's words: fetched with its code, the first time a search opens.

search-title = 検索
search-title-query = 「{ $query }」の検索結果
search-results = { $count } 件
search-empty = 「{ $query }」に一致する商品は見つかりませんでした
search-empty-hint = 綴りを確認するか、キーワードを減らす・より一般的な言葉にする、または絞り込みを解除してください。
search-sort = 並べ替え
search-sort-relevance = おすすめ順
search-sort-best-selling = 売れ筋順
search-sort-newest = 新着順
search-sort-price-asc = 価格の安い順
search-sort-price-desc = 価格の高い順
search-in-stock = 在庫ありのみ
search-min-rating = 評価
search-rating-any = すべての評価
search-rating-at-least = { $rating }★以上
search-class = 配送方法
search-class-any = すべての配送方法

# Price range and destination filters
search-price = 価格（{ $currency }）
search-price-min = 下限
search-price-max = 上限
search-price-apply = 適用
search-price-invalid = { $example } のように金額を入力してください
search-price-order = 上限価格は下限価格より低くできません。
search-ships-to = 配送先
search-ships-anywhere = すべての地域
