# A loja: catálogo e página do produto.

home-title = Loja Caravan
home-popular = Em alta agora
categories-label = Categorias
categories-all = Tudo
catalogue-empty = Ainda não há nada aqui. Experimente outra categoria.
catalogue-show-more = Ver mais
price-was = De
listing-free-shipping = Frete grátis
listing-new = Novo
listing-rating = Nota { $rating } de 5
listing-orders =
    { $count ->
        [one] { $count } pedido
       *[other] { $count } pedidos
    }
logistics-economy = Econômico
logistics-standard = Expresso padrão
logistics-commercial = Expresso comercial
logistics-overseas-warehouse = Armazém no exterior
price-approximate = Preço aproximado, convertido de { $amount }

# Search
search-label = Buscar
search-placeholder = Buscar produtos