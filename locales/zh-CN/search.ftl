# The search page's words: fetched with its code, the first time a search opens.

search-title = 搜索
search-title-query = “{ $query }”的搜索结果
search-results = { $count } 个结果
search-empty = 没有找到与“{ $query }”相关的结果
search-empty-hint = 请检查拼写，尝试更少或更通用的关键词，或移除筛选条件。
search-sort = 排序
search-sort-relevance = 综合排序
search-sort-best-selling = 销量优先
search-sort-newest = 最新上架
search-sort-price-asc = 价格从低到高
search-sort-price-desc = 价格从高到低
search-in-stock = 仅看有货
search-min-rating = 评分
search-rating-any = 不限评分
search-rating-at-least = { $rating }★ 及以上
search-class = 配送方式
search-class-any = 不限配送方式

# Price range and destination filters
search-price = 价格（{ $currency }）
search-price-min = 最低
search-price-max = 最高
search-price-apply = 应用
search-price-invalid = 请输入金额，例如 { $example }
search-price-order = 最高价不能低于最低价。
search-ships-to = 配送至
search-ships-anywhere = 任意地区
