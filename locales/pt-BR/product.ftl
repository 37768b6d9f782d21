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
