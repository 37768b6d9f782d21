# The product page's words: fetched with its code, the first time a product page opens.

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
product-specifications = Especificações
product-description = Descrição
shop-ships-from = Enviado de { $country }
shop-return-policy = Trocas e devoluções
product-charged-in = A cobrança é feita em { $currency }: { $amount }
product-converted-at = Valores em outras moedas são aproximados, pela taxa de referência de { $date }.

# Gallery: swipe track, steps and position
gallery-track-label = Fotos: deslize ou use as setas do teclado
gallery-thumbs-label = Escolha uma foto
gallery-previous = Foto anterior
gallery-next = Próxima foto
gallery-position = { $number } / { $count }
gallery-position-spoken = Foto { $number } de { $count }
gallery-picture-alt = { $title }, foto { $number } de { $count }

# Ratings and reviews
reviews-title = Avaliações e comentários
reviews-loading = Carregando avaliações…
reviews-empty = Ainda não há avaliações. Os compradores podem avaliar este produto quando o pedido for concluído.
reviews-count =
    { $count ->
        [one] { $count } avaliação
       *[other] { $count } avaliações
    }
reviews-positive = { $percent } de avaliações positivas
reviews-distribution = Avaliações por número de estrelas
reviews-stars-row =
    { $stars ->
        [one] { $stars } estrela
       *[other] { $stars } estrelas
    }
reviews-item-stars =
    { $count ->
        [one] Avaliado com { $count } estrela de 5
       *[other] Avaliado com { $count } estrelas de 5
    }
reviews-variant = Variante: { $variant }
reviews-more = Mais avaliações
reviews-more-failed = Não foi possível carregar mais avaliações. Tente novamente.
