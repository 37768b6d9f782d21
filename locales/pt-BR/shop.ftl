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
breadcrumbs-label = Categoria
gallery-label = Fotos do produto
gallery-show-image = Ver foto { $number }
product-combination-unavailable = Esta combinação não está disponível
product-in-stock =
    { $count ->
        [one] Só resta 1 em estoque
       *[other] { $count } em estoque
    }
product-out-of-stock = Esgotado
product-shipping = Frete
product-delivery-days = { $min }–{ $max } dias
product-specifications = Especificações
product-description = Descrição
logistics-economy = Econômico
logistics-standard = Expresso padrão
logistics-commercial = Expresso comercial
logistics-overseas-warehouse = Armazém no exterior
shop-ships-from = Enviado de { $country }
shop-return-policy = Trocas e devoluções
price-approximate = Preço aproximado, convertido de { $amount }
product-charged-in = A cobrança é feita em { $currency }: { $amount }
product-converted-at = Valores em outras moedas são aproximados, pela taxa de referência de { $date }.

# Search
search-label = Buscar
search-placeholder = Buscar produtos