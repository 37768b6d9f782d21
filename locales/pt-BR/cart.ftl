# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = Quantidade
product-add-to-cart = Adicionar ao carrinho
product-added =
    { $count ->
        [one] Adicionado. Você tem 1 no carrinho.
       *[other] Adicionado. Você tem { $count } no carrinho.
    }
product-view-cart = Ver carrinho
product-cart-full = Seu carrinho está cheio. Finalize a compra ou remova algo primeiro.
product-deal = Oferta
product-flash-deal = Oferta relâmpago
quantity-fewer = Um a menos
quantity-more = Um a mais
cart-title =
    { $count ->
        [0] Carrinho
        [one] Carrinho (1 item)
       *[other] Carrinho ({ $count } itens)
    }
cart-empty = Seu carrinho está vazio.
cart-continue = Continuar comprando
cart-deliver-to = Entregar em
cart-pricing = Verificando preços e frete…
cart-quote-failed = Não conseguimos verificar preços e estoque agora, então o carrinho mostra os preços que você viu. Seu carrinho está salvo.
cart-quantity-of = Quantidade de { $item }
cart-remove-item = Remover { $item }
cart-remove = Remover
cart-accept-price = Aceitar o novo preço
cart-take-available = Mudar para { $count }
cart-cheapest-shipping = Usar o frete mais barato
cart-summary = Resumo do pedido
cart-fix-problems = Alguns itens precisam da sua atenção antes de finalizar a compra.
cart-checkout = Finalizar compra
cart-problem-unavailable = Este item não está mais disponível.
cart-problem-not-shipped = Este item não é entregue em { $country }.
cart-problem-class-unavailable = O frete escolhido não chega a { $country }.
cart-problem-out-of-stock = Esgotado.
cart-problem-over-stock =
    { $count ->
        [one] Só resta 1.
       *[other] Só restam { $count }.
    }
cart-problem-over-limit = No máximo { $count } por pedido.
cart-problem-invalid-quantity = Escolha uma quantidade de pelo menos 1.
cart-problem-price-changed = O preço mudou de { $was } para { $now }.
cart-problem-price-changed-plain = O preço mudou.
cart-problem-duplicate = Este item está duas vezes no carrinho.
cart-problem-own-listing = Este item é da sua própria loja, então você não pode comprá-lo.
totals-items = Itens
totals-discount = Descontos
totals-shipping = Frete
totals-total = Total
totals-free = Grátis
totals-charged = Você paga { $amount } em { $currency }. Convertido a { $rate }, a taxa de referência de { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }–{ $max } dias
