# Vereditos das regras: uma mensagem por chave, com todos os seus argumentos.

rule-reg-1-missing-field = Este campo é obrigatório.
rule-reg-1-country-invalid = “{ $country }” não é um país de onde possamos cadastrar vendedores.
rule-reg-1-licence-number-invalid = O número da licença comercial precisa ter pelo menos { $min } caracteres.
rule-reg-2-email-invalid = Informe um e-mail válido.
rule-reg-2-password-too-short = A senha precisa ter pelo menos { $min } caracteres.
rule-reg-2-password-is-email = A senha não pode ser o seu e-mail.
rule-reg-3-missing-contact = Adicione uma pessoa de contato.
rule-reg-3-email-unverified = Verifique primeiro o e-mail da sua empresa.
rule-reg-3-phone-invalid = Informe um telefone válido com o código do país.
rule-reg-4-unknown-main-category = “{ $category }” não é uma categoria que conhecemos.
rule-reg-4-no-sales-region = Escolha pelo menos uma região de venda.
rule-reg-4-region-closed = No momento não aceitamos novos vendedores em { $region }.
rule-shop-1-not-approved = Sua loja ainda não foi aprovada (status: { $status }).
rule-shop-2-name-length = O nome da loja tem { $length } caracteres; precisa ter entre { $min } e { $max }.
rule-shop-2-sensitive-word = O nome da loja contém “{ $term }”, que não é permitido ({ $group }).
rule-shop-2-trademark = O nome da loja contém “{ $term }”, uma marca de { $brand }.
rule-shop-2-name-taken = Este nome de loja já está em uso.
rule-shop-3-qualification-missing = Para vender em { $category }, envie seu documento de { $qualification }.
rule-shop-4-brand-not-authorised = Sua loja não tem autorização para vender { $brand }.
rule-lst-1-missing-field = Este campo é obrigatório.
rule-lst-1-missing-attribute = Preencha o atributo “{ $attribute }”.
rule-lst-2-prohibited-term = “{ $term }” não pode ser vendido na Caravan ({ $list }).
rule-lst-2-prohibited-category = Produtos de { $category } não podem ser vendidos na Caravan.
rule-lst-3-licence-required = Anúncios que mencionam “{ $term }” precisam de { $licence }.
rule-lst-3-category-licence-required = Para vender em { $category } é preciso ter { $licence }.
rule-lst-4-trademark = “{ $term }” é uma marca de { $brand }. Remova ou comprove que você pode usá-la.
rule-lst-4-character = “{ $term }” é um personagem de { $brand }. Remova ou comprove que você pode usá-lo.
rule-lst-5-title-too-long = O título tem { $length } caracteres; o máximo é { $max }.
rule-lst-5-title-too-short = O título tem { $length } caracteres; o mínimo é { $min }.
rule-lst-5-keyword-stuffing = “{ $word }” aparece { $count } vezes no título; o máximo é { $max }.
rule-lst-5-all-caps = Evite escrever o título em letras maiúsculas.
rule-lst-5-contact-in-title = Remova os dados de contato do título ({ $kind }).
rule-lst-5-promo-in-title = Remova do título a frase promocional “{ $term }”.
rule-lst-6-category-mismatch = Este produto talvez pertença a { $suggested }.
rule-lst-6-unknown-category = Escolha uma categoria da lista.
rule-lst-7-too-many-images = Foram adicionadas { $count } fotos; o máximo é { $max }.
rule-lst-7-image-too-small = A foto tem { $width } × { $height } pixels, o que é pequeno demais.
rule-lst-7-image-aspect = A foto tem { $width } × { $height } pixels; use uma foto quadrada.
rule-lst-7-image-too-large = O arquivo da foto tem { $bytes } bytes; o máximo é { $max }.
rule-lst-7-image-type = Fotos do tipo { $mime } não são aceitas. Use JPEG, PNG ou WebP.
rule-lst-7-more-images-recommended =
    { $count ->
        [one] O anúncio tem { $count } foto; recomendamos pelo menos { $recommended }.
       *[other] O anúncio tem { $count } fotos; recomendamos pelo menos { $recommended }.
    }
rule-lst-8-price-out-of-range = O preço precisa ficar entre { $min } e { $max } { $currency }.
rule-lst-8-discount-not-below-price = O preço com desconto precisa ser menor que o preço.
rule-lst-8-discount-not-positive = O preço com desconto precisa ser maior que zero.
rule-lst-8-price-unusual = Este preço está muito longe do habitual nesta categoria ({ $median } { $currency }). Confira.
rule-lst-9-template-required = Escolha um modelo de frete.
rule-lst-9-template-empty = O modelo de frete não tem opções de entrega.
rule-lst-9-delivery-days-unrealistic = { $min }–{ $max } dias é incomum para a entrega { $class }. Confira o prazo.
rule-lst-10-sell-as-bundle = O frete ({ $shipping }) custa mais que o item ({ $price }). Considere vender em kit.
rule-lst-11-stock-out-of-range = O estoque precisa ficar entre { $min } e { $max }.
rule-lst-11-no-stock = Adicione estoque a pelo menos uma variação.
rule-lst-12-margin-low = A margem é de { $margin }%, abaixo do mínimo habitual de { $min }%.
rule-lst-12-margin-high = A margem é de { $margin }%, acima do máximo habitual de { $max }%.
rule-lst-13-too-many-properties = O anúncio tem { $count } atributos de variação; o máximo é { $max }.
rule-lst-13-options-mismatch = Esta variação tem { $count } opções, mas são esperadas { $expected }.
rule-lst-13-empty-option = As opções não podem ficar vazias.
rule-lst-13-unknown-option = “{ $value }” não é uma opção de { $property }.
rule-lst-13-duplicate-combination = A variação { $first } já usa esta combinação de opções.
rule-lst-13-sku-code-invalid = O código SKU pode ter até { $max } letras, números, hifens ou sublinhados.
rule-lst-13-duplicate-sku-code = A variação { $first } já usa este código SKU.
rule-lst-13-single-sku-expected = Um anúncio sem atributos de variação tem exatamente um SKU, não { $count }.
rule-lst-13-sku-image-missing = A variação { $index } precisa de uma foto.
rule-lst-14-weight-out-of-range = O peso precisa ficar entre { $min } e { $max } gramas.
rule-lst-14-package-side-out-of-range = Cada lado da embalagem precisa medir entre { $min } e { $max } cm.
rule-lst-14-handling-out-of-range = O prazo de preparação precisa ficar entre { $min } e { $max } dias.
rule-lst-14-handling-overseas = Anúncios de armazém no exterior precisam ser enviados em até { $max } dias.
rule-lst-15-markup-removed = Uma formatação não suportada foi removida da descrição ({ $item }).
rule-lst-15-external-link = Links para outros sites não são permitidos ({ $host }).
rule-lst-15-contact-details = Remova os dados de contato da descrição ({ $kind }).
rule-lst-15-description-too-long = A descrição tem { $length } caracteres; o máximo é { $max }.
rule-lst-16-near-duplicate = Este anúncio parece o seu anúncio “{ $title }” ({ $similarity }% parecido).
rule-lst-16-too-many-copies = Você tem { $count } anúncios quase idênticos; o máximo é { $max }.
rule-prm-1-not-approved = Sua loja ainda não pode participar de promoções (status: { $status }).
rule-prm-2-left-promotion =
    { $ban_months ->
        [one] Sair de uma promoção em andamento bloqueia sua loja de promoções por { $ban_months } mês.
       *[other] Sair de uma promoção em andamento bloqueia sua loja de promoções por { $ban_months } meses.
    }
rule-prm-2-promo-stock-lowered =
    { $ban_months ->
        [one] O estoque da promoção caiu de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] O estoque da promoção caiu de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-2-discount-reduced =
    { $ban_months ->
        [one] O desconto foi reduzido de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] O desconto foi reduzido de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-2-price-raised =
    { $ban_months ->
        [one] O preço subiu de { $before } para { $after } durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] O preço subiu de { $before } para { $after } durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-2-shipping-raised =
    { $ban_months ->
        [one] O frete subiu de { $before } para { $after } durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] O frete subiu de { $before } para { $after } durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-2-description-edited =
    { $ban_months ->
        [one] A descrição não pode mudar durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] A descrição não pode mudar durante uma promoção. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-3-infringing-goods =
    { $ban_months ->
        [one] “{ $term }” indica produtos que violam direitos. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] “{ $term }” indica produtos que violam direitos. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-4-order-price-raised =
    { $ban_months ->
        [one] O preço de um pedido em promoção subiu de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] O preço de um pedido em promoção subiu de { $before } para { $after }. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-5-forced-bundling =
    { $ban_months ->
        [one] Os compradores não podem ser obrigados a comprar também “{ $term }”. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] Os compradores não podem ser obrigados a comprar também “{ $term }”. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-6-improper-gain =
    { $ban_months ->
        [one] Promoções foram usadas para obter vantagem indevida. Sua loja fica bloqueada de promoções por { $ban_months } mês.
       *[other] Promoções foram usadas para obter vantagem indevida. Sua loja fica bloqueada de promoções por { $ban_months } meses.
    }
rule-prm-7-too-many-sessions = Em { $day } você tem { $count } sessões de oferta relâmpago; o máximo é { $max } por dia.
rule-prm-7-too-many-items = A oferta relâmpago tem { $count } itens; o máximo é { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] Uma sessão de oferta relâmpago dura exatamente { $hours } hora.
       *[other] Uma sessão de oferta relâmpago dura exatamente { $hours } horas.
    }
rule-prm-7-sessions-overlap = Esta sessão se sobrepõe à sessão { $other }.
rule-ord-1-total-mismatch = O total do pedido é { $expected }, não { $submitted }. Recarregue o carrinho.
rule-ord-2-receipt-timeout = Se o comprador não confirmar o recebimento, o pagamento é liberado em { $released_at }.
rule-ord-3-not-shipped-in-time = O pedido não foi enviado até { $deadline }.
rule-ord-3-tracking-missing = Adicione um código de rastreio para enviar o pedido.
rule-ord-4-rate-mismatch = A taxa de câmbio de { $base } para { $quote } mudou. Confira o novo total.
rule-ord-5-return-policy-missing = Adicione uma política de devolução antes de vender.
rule-ord-6-payment-detail-exposed = Remova da mensagem os dados do cartão ou do banco.
rule-dsp-1-order-not-paid = Só é possível abrir uma disputa para um pedido pago.
rule-dsp-1-evidence-required = Adicione fotos ou documentos que mostrem o problema.
rule-dsp-1-refund-out-of-range = O reembolso precisa ser maior que zero e no máximo { $max }.
rule-dsp-2-response-overdue = O vendedor não respondeu até { $deadline }.
rule-dsp-3-arbitration-overdue = A Caravan não decidiu até { $deadline }.
rule-pen-3-appeal-too-late = O prazo para recorrer terminou em { $deadline }.
rule-pen-3-not-appealable = Não é possível recorrer desta penalidade.
rule-pen-4-statement-incomplete = Preencha todas as partes da declaração.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = Avaliações negativas: { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-2-described-high = “Item conforme descrito” mal avaliado em { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-2-communication-high = Comunicação mal avaliada em { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-2-shipping-high = Velocidade de envio mal avaliada em { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-3-not-shipped-high = Vendidos mas não enviados: { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-4-arbitration-high = Disputas levadas à arbitragem: { $rate } a cada mil pedidos, acima do limite de { $max }.
rule-srv-5-timeouts-high = Respostas a disputas fora do prazo: { $rate } a cada mil pedidos, acima do limite de { $max }.
