# The seller center's screens (loaded when the seller center opens).

seller-center-title = Central do vendedor

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = Seções da central do vendedor
seller-nav-overview = Visão geral
seller-nav-listings = Anúncios
seller-nav-documents = Licenças e marcas
seller-new-listing = Novo anúncio
seller-overview-title = Sua loja
seller-shop-status-pending = Em análise
seller-shop-status-approved = Aprovada
seller-shop-status-rejected = Recusada
seller-sign-in-needed = Entre com sua conta de vendedor para abrir a central do vendedor.
seller-sign-in = Entrar
seller-register-instead = Cadastrar-se como vendedor
seller-not-a-seller = Esta é uma conta de comprador. A central do vendedor precisa de uma conta de vendedor.
seller-sign-out-to-register = Sair e cadastrar-se como vendedor
seller-signed-in-as = Você entrou como { $email }.
seller-no-shop-yet = Você ainda não abriu sua loja.
seller-open-shop = Abrir sua loja
seller-see-application = Ver seu pedido de cadastro
seller-choose = Escolha…
seller-error-network = Não conseguimos falar com a Caravan. Seu trabalho fica guardado neste aparelho; tentaremos de novo.
seller-number-invalid = Digite um número, por exemplo 12,50.
seller-rules-unavailable = Não foi possível carregar as regras da plataforma; os problemas só aparecem ao salvar.
verdict-block = Impede a publicação:
verdict-warn = Aviso:

## Seller center: onboarding (journey 1)

seller-onboarding-title = Abra sua loja
seller-account-title = Crie sua conta de vendedor
seller-account-intro = Com a conta de vendedor você entra na central do vendedor. Os dados da empresa vêm em seguida.
seller-account-name = Seu nome
seller-account-email = E-mail
seller-account-password = Senha
seller-account-password-hint = Pelo menos 10 caracteres. Não use seu e-mail.
seller-account-create = Criar conta de vendedor
seller-account-have-one = Já tenho uma conta
seller-company-title = Empresa
seller-company-name = Razão social registrada
seller-company-licence = Número do registro comercial
seller-company-representative = Representante legal
seller-company-country = País de registro
seller-contact-title = Contatos
seller-contact-email = E-mail da empresa
seller-contact-phone = Telefone de atendimento ao cliente
seller-contact-emergency = Contato de emergência (nome e telefone)
seller-email-send-code = Enviar código de verificação
seller-email-resend = Enviar um novo código
seller-email-code-sent = Enviamos um código de 6 dígitos para { $email }. Ele vale por 15 minutos.
seller-email-code = Código de verificação
seller-email-verify = Verificar
seller-email-verified = E-mail verificado.
seller-business-title = Negócio
seller-account-type = Tipo de conta
seller-account-type-b2c = Venda a consumidores (B2C)
seller-account-type-b2b = Venda a empresas (B2B)
seller-main-category = Categoria principal
seller-sales-regions = Regiões de venda
seller-shop-name-title = Nome da loja
seller-shop-name = Nome da loja
seller-shop-name-hint = De 4 a 64 caracteres. Sem marcas para as quais você não tem autorização e sem palavras sensíveis.
seller-shop-name-checking = Verificando se o nome está livre…
seller-shop-name-available = Este nome está livre.
seller-shop-name-taken = Outra loja já usa este nome ou um parecido.
seller-apply = Enviar para análise
seller-apply-again = Corrigir e enviar de novo
seller-review-pending-title = Seu pedido está em análise
seller-review-pending-body = A plataforma confere os dados da sua empresa, em geral em até 2 dias úteis. Enquanto isso, você pode preparar anúncios; eles poderão ser publicados quando a loja for aprovada.
seller-review-approved-title = Sua loja está aberta
seller-review-approved-body = Sua loja foi aprovada. Crie anúncios e publique-os no catálogo.
seller-review-rejected-title = Seu pedido foi recusado
seller-review-rejected-body = Leia o motivo abaixo, corrija seus dados e envie de novo.
seller-review-reason = Motivo informado pela plataforma
seller-first-listing = Crie seu primeiro anúncio
seller-field-display-name-length = Use de 1 a 60 caracteres.
seller-field-email-invalid = Digite um e-mail como nome@exemplo.com.
seller-field-code-wrong = Este código não está certo. Confira o e-mail e tente de novo.
seller-field-code-expired = Este código expirou. Peça um novo.
seller-field-code-none = Peça primeiro um código para este e-mail.
seller-field-password-too-short = A senha é curta demais: use pelo menos 10 caracteres.
seller-field-password-too-long = A senha é longa demais: use no máximo 128 caracteres.
seller-field-password-too-common = Esta senha é comum demais. Escolha outra.
seller-field-password-contains-email = A senha não pode conter seu e-mail.
seller-field-reference-length = Informe o número do documento ou uma descrição de 4 a 200 caracteres.
seller-field-document-name-invalid = Use o nome da lista, ou a marca como está escrita no certificado.
seller-field-reason-length = Explique a decisão em 10 a 1.000 caracteres.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = Novo anúncio
seller-editor-title-edit = Editar anúncio
seller-editor-basics = Produto
seller-editor-title = Título
seller-editor-title-hint = Palavra principal, depois atributos e onde se usa, por exemplo “Garrafa de aço 750 ml para trilhas”.
seller-editor-brand = Marca
seller-editor-brand-hint = Deixe em branco para produtos sem marca. Produtos de marca precisam de uma autorização da marca cadastrada.
seller-editor-description = Descrição
seller-editor-description-hint = Scripts, formulários e links para outros sites são removidos. Sem dados de contato.
seller-editor-category = Categoria
seller-editor-category-none = Nenhuma categoria escolhida ainda.
seller-editor-category-search = Buscar categorias
seller-editor-category-no-match = Nenhuma categoria corresponde.
seller-editor-attributes = Especificações
seller-editor-attribute-name = Nome do atributo
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = Adicionar um atributo
seller-editor-attribute-add-required = Adicionar os atributos que esta categoria exige
seller-editor-attribute-remove = Remover atributo
seller-editor-images = Fotos
seller-editor-images-hint = Até { $max } fotos JPEG, PNG ou WebP, com no máximo { $size } MB cada; quadradas, com pelo menos 800 × 800 pixels.
seller-image-add = Adicionar fotos
seller-image-alt = Foto { $number }
seller-image-earlier = Mover a foto { $number } para antes
seller-image-later = Mover a foto { $number } para depois
seller-image-remove = Remover a foto { $number }
seller-image-uploading = Enviando { $count ->
        [one] { $count } foto…
       *[other] { $count } fotos…
    }
seller-image-refused-size = { $name } tem { $size } MB; as fotos podem ter no máximo { $max } MB. Ela não foi enviada.
seller-image-refused-type = { $name } não é uma foto JPEG, PNG ou WebP. Ela não foi enviada.
seller-image-refused-count = Um anúncio tem no máximo { $max } fotos; as demais não foram enviadas.
seller-image-too-large = A foto tem mais de 5 MB.
seller-image-wrong-type = Só aceitamos fotos JPEG, PNG e WebP.
seller-image-too-many-pixels = A foto tem pixels demais. Use uma menor.
seller-image-unreadable = Não foi possível ler a foto. Tente outro arquivo.
seller-image-not-uploaded = Envie a foto de novo: os anúncios só mostram fotos guardadas na Caravan.
seller-editor-pricing = Preço, estoque e variações
seller-editor-currency = Moeda
seller-editor-variants = Variações
seller-editor-variants-hint = Até 3 propriedades, como cor ou tamanho. Cada combinação dos valores é uma variação com preço e estoque próprios.
seller-editor-property-name = Propriedade { $number }
seller-editor-property-values = Valores, separados por vírgulas
seller-editor-property-add = Adicionar uma propriedade
seller-editor-property-remove = Remover propriedade
seller-editor-skus = Variações com preço e estoque
seller-sku-variant = Variação
seller-sku-single = Todas
seller-sku-code = Código SKU
seller-sku-price = Preço
seller-sku-discount = Preço promocional
seller-sku-stock = Estoque
seller-sku-image = Foto
seller-sku-image-none = Nenhuma
seller-sku-code-of = Código SKU de { $variant }
seller-sku-price-of = Preço de { $variant }
seller-sku-discount-of = Preço promocional de { $variant }
seller-sku-stock-of = Estoque de { $variant }
seller-sku-image-of = Foto de { $variant }
seller-editor-shipping = Embalagem e envio
seller-editor-weight = Peso da embalagem (kg)
seller-editor-length = Comprimento (cm)
seller-editor-width = Largura (cm)
seller-editor-height = Altura (cm)
seller-editor-handling = Dias para envio
seller-editor-template = Modelo de frete
seller-editor-no-templates = Sua loja ainda não tem modelos de frete.
seller-field-template-not-yours = Escolha um dos modelos de frete da sua loja.
seller-editor-save = Salvar agora
seller-editor-publish = Publicar
seller-editor-republish = Publicar as alterações
seller-editor-republish-hint = As alterações salvas só aparecem na loja depois de publicadas.
seller-editor-unpublish = Despublicar
seller-editor-view-in-shop = Ver na loja
seller-listing-status-draft = Rascunho: fora da loja
seller-listing-status-published = Publicado: na loja
seller-listing-status-suspended = Suspenso pela plataforma
seller-summary-ready = Nada impede a publicação
seller-summary-blocked = { $count ->
        [one] { $count } problema impede a publicação
       *[other] { $count } problemas impedem a publicação
    }
seller-summary-warnings = { $count ->
        [one] { $count } aviso; você ainda pode publicar.
       *[other] { $count } avisos; você ainda pode publicar.
    }
seller-save-new = Ainda não salvo. Seu trabalho fica guardado neste aparelho enquanto você digita.
seller-save-idle = Todas as alterações salvas.
seller-save-pending = Alterações não salvas, guardadas neste aparelho; salvamos quando você fizer uma pausa.
seller-save-saving = Salvando…
seller-save-saved = Todas as alterações salvas.
seller-save-offline = Sem conexão: as alterações ficam neste aparelho e serão salvas quando a conexão voltar.
seller-save-conflict = Não salvo: este anúncio foi alterado em outro lugar.
seller-conflict-title = Este anúncio foi salvo em outra aba ou aparelho
seller-conflict-body = Seu salvamento foi recusado porque o anúncio está agora na versão { $version } e suas alterações partem da versão { $mine }. Nada do que você digitou se perdeu: escolha o que manter.
seller-conflict-compare = Comparar as versões
seller-conflict-use-theirs = Carregar a versão salva
seller-conflict-keep-mine = Manter a minha versão e salvá-la
seller-other-tab-title = Salvo em outra aba
seller-other-tab-body = Outra aba salvou a versão { $version } deste anúncio enquanto você tem alterações não salvas aqui.
seller-compare-caption = Versão salva { $version } comparada com a sua
seller-compare-field = Campo
seller-compare-theirs = Versão salva
seller-compare-mine = Sua versão
seller-compare-same = As versões são iguais.
seller-restore-offer = Encontramos alterações não salvas deste anúncio de outra janela ({ $time }).
seller-restore = Restaurar
seller-restore-discard = Descartar
seller-restored = Suas alterações não salvas de { $time } foram restauradas.

## Seller center: listings table (journey 4)

seller-listings-title = Anúncios
seller-listings-search = Buscar por título ou número
seller-listings-status = Status
seller-listings-status-all = Todos
seller-status-draft = Rascunho
seller-status-published = Publicado
seller-status-suspended = Suspenso
seller-listings-count = { $count ->
        [one] { $count } anúncio
       *[other] { $count } anúncios
    }
seller-listings-empty = Nenhum anúncio corresponde. Mude a busca ou o status, ou crie um anúncio.
seller-listings-untitled = (rascunho sem título)
seller-listings-col-listing = Anúncio
seller-listings-col-status = Status
seller-listings-col-price = Preço
seller-listings-col-stock = Estoque
seller-listings-col-verdicts = Verificação das regras
seller-listings-price-of = Preço de { $title }
seller-listings-stock-of = Estoque de { $title }
seller-listings-price-from = a partir de { $price }
seller-listings-stock-variants = { $stock } em { $count } variações
seller-listings-blocks = Problemas que impedem a publicação
seller-listings-blocks-count = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
seller-listings-warns-count = { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
seller-bulk-label = Ações em lote
seller-bulk-selected = { $count ->
        [one] { $count } selecionado
       *[other] { $count } selecionados
    }
seller-bulk-select-all = Selecionar todos os anúncios exibidos
seller-bulk-select = Selecionar { $title }
seller-bulk-publish = Publicar
seller-bulk-unpublish = Despublicar
seller-bulk-published = Publicados: { $done }. Recusados: { $refused } (abra o anúncio para ver o motivo).
seller-bulk-unpublished = Despublicados: { $done }. Recusados: { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = Licenças e marcas
seller-documents-intro = Alguns produtos precisam de licença (bebidas alcoólicas, dispositivos médicos), algumas categorias de uma qualificação (cosméticos) e produtos de marca de uma autorização da marca. Os anúncios que precisam delas podem ser publicados quando a plataforma as aprovar.
seller-documents-submit-title = Enviar um documento
seller-documents-kind = Tipo
seller-documents-kind-licence = Licença para produtos restritos
seller-documents-kind-qualification = Qualificação de categoria
seller-documents-kind-brand = Autorização de marca ou certificado de registro de marca
seller-documents-name = Nome
seller-documents-brand = Marca
seller-documents-reference = Número ou descrição do documento
seller-documents-reference-hint = Por exemplo, o número da licença e quem a emitiu.
seller-documents-submit = Enviar para análise
seller-documents-submitted = Enviado. A plataforma analisa documentos em até 2 dias úteis.
seller-documents-none = Nenhum documento cadastrado ainda.
seller-documents-on-file = { $count ->
        [one] { $count } documento cadastrado
       *[other] { $count } documentos cadastrados
    }
seller-documents-status = Análise
seller-documents-reason = Motivo: { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = Pedidos
seller-nav-disputes = Disputas
seller-orders-new-count = { $count ->
        [one] { $count } pedido novo
       *[other] { $count } pedidos novos
    }
seller-duration-days = { $days } d { $hours } h { $minutes } min
seller-duration-hours = { $hours } h { $minutes } min { $seconds } s
seller-ship-left = Envie em { $time }
seller-ship-overdue = Atrasado há { $time }
seller-ship-overdue-now = Atrasado: não enviado no prazo
seller-order-status-awaiting-payment = Aguardando pagamento
seller-order-status-paid = A enviar
seller-order-status-shipped = Enviado
seller-order-status-delivered = Entregue
seller-order-status-completed = Concluído
seller-order-status-cancelled = Cancelado
seller-order-status-expired = Não pago no prazo
seller-orders-title = Pedidos
seller-orders-views = Listas de pedidos
seller-orders-to-ship = A enviar
seller-orders-all = Todos os pedidos
seller-orders-status = Status
seller-orders-any-status = Qualquer status
seller-orders-to-ship-hint = Pedidos pagos esperando por você, o prazo de envio mais próximo primeiro. Envie dentro do prazo de manuseio e informe o código de rastreio; senão o pedido conta como vendido mas não enviado.
seller-orders-none-to-ship = Nada para enviar agora.
seller-orders-none = Ainda não há pedidos aqui.
seller-orders-count = { $count ->
        [one] { $count } pedido
       *[other] { $count } pedidos
    }
seller-orders-more = Mostrar mais pedidos
seller-orders-new = Novo
seller-orders-units = { $count ->
        [one] ({ $count } item)
       *[other] ({ $count } itens)
    }
seller-order-number = Pedido { $id }
seller-order-back = Voltar aos pedidos
seller-order-facts = Detalhes do pedido
seller-order-placed = Feito em
seller-order-paid = Pago em
seller-order-buyer = Comprador
seller-order-country = Entrega em
seller-order-ship-by = Enviar até
seller-order-shipment = Envio
seller-order-items = Itens
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = Itens
seller-order-discount = Desconto
seller-order-shipping = Frete
seller-order-total = Total
seller-order-address = Endereço de entrega
seller-ship-title = Enviar este pedido
seller-ship-intro = Entregue o pacote à transportadora e informe o código de rastreio. O comprador é avisado na hora.
seller-ship-class = Classe logística
seller-ship-tracking = Código de rastreio
seller-ship-tracking-hint = De 6 a 40 letras, dígitos ou hifens, como na etiqueta da transportadora.
seller-ship-carrier = Transportadora (opcional)
seller-ship-submit = Marcar como enviado
seller-ship-done = Enviado. O comprador já pode acompanhar o pacote.
seller-ship-back-to-queue = Voltar aos pedidos a enviar
seller-ship-tracking-invalid = Informe o código como na etiqueta: de 6 a 40 letras, dígitos ou hifens.
seller-ship-carrier-invalid = O nome da transportadora pode ter no máximo 60 caracteres.
seller-ship-not-shippable = Este pedido não pode mais ser enviado: foi enviado ou cancelado nesse meio-tempo.
seller-disputes-title = Disputas
seller-disputes-intro = Responda a cada nova disputa em 5 dias; senão ela é encerrada a favor do comprador e conta contra a sua loja.
seller-disputes-none = Nenhuma disputa. Muito bem!
seller-disputes-count = { $count ->
        [one] { $count } disputa
       *[other] { $count } disputas
    }
seller-dispute-number = Disputa { $id } do pedido { $order }
seller-dispute-order-total = Total do pedido: { $amount }
seller-dispute-back = Voltar às disputas
seller-dispute-stage = Situação da disputa
seller-dispute-stage-awaiting = Aguarda sua resposta
seller-dispute-stage-negotiating = Em negociação
seller-dispute-stage-arbitration = Com a Caravan
seller-dispute-stage-resolved = Encerrada
seller-respond-left = Faltam { $time } para responder
seller-respond-overdue = O prazo de resposta acabou há { $time }
seller-dispute-answer-by = Responda até { $date }.
seller-dispute-answer-hint = Uma mensagem ou uma oferta contam como resposta. Sem isso, a disputa é encerrada a favor do comprador.
seller-dispute-negotiating = Você respondeu. Chegue a um acordo com o comprador ou peça à Caravan para decidir.
seller-dispute-arbitration = A Caravan está analisando as provas dos dois lados e decide até { $date }.
seller-dispute-arbitration-pending = A Caravan está analisando as provas dos dois lados.
seller-dispute-outcome-seller-accepted = Resolvida: você aceitou o pedido do comprador. Reembolsado: { $amount }.
seller-dispute-outcome-buyer-accepted = Resolvida: o comprador aceitou sua oferta. Reembolsado: { $amount }.
seller-dispute-outcome-timeout = Encerrada a favor do comprador: sem resposta no prazo. Reembolsado: { $amount }.
seller-dispute-outcome-for-buyer = A Caravan decidiu a favor do comprador. Reembolsado: { $amount }.
seller-dispute-outcome-for-seller = A Caravan decidiu a seu favor. Nada foi reembolsado.
seller-dispute-outcome-withdrawn = O comprador retirou a disputa.
seller-dispute-decision-reason = Motivos da Caravan:
seller-dispute-claim = A reclamação do comprador
seller-dispute-reason = Problema
seller-dispute-reason-not-received = Não recebido
seller-dispute-reason-not-as-described = Diferente do anúncio
seller-dispute-counterfeit = parece falsificado
seller-dispute-damaged = chegou danificado
seller-dispute-requested = Pede
seller-dispute-order = Pedido
seller-dispute-opened = Aberta em
seller-remedy-full-refund = Reembolso total
seller-remedy-partial-refund = Reembolso parcial
seller-remedy-partial-refund-of = Reembolso parcial de { $amount }
seller-remedy-resend = Reenviar o item
seller-dispute-buyer-asks = O comprador pede
seller-dispute-accept = Aceitar o pedido do comprador
seller-dispute-escalate = Pedir à Caravan para decidir
seller-dispute-escalate-hint = Se não chegarem a um acordo, a Caravan analisa as provas dos dois lados e decide em 7 dias úteis.
seller-dispute-thread = Mensagens e histórico
seller-dispute-by-buyer = Comprador
seller-dispute-by-you = Você
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = abriu a disputa
seller-dispute-event-message = escreveu
seller-dispute-event-offer = fez uma oferta
seller-dispute-event-accepted = aceitou a oferta
seller-dispute-event-escalated = pediu à Caravan para decidir
seller-dispute-event-decided = decidiu
seller-dispute-event-timed-out = o prazo de resposta acabou
seller-dispute-event-withdrawn = retirou a disputa
seller-dispute-message-title = Responder ao comprador
seller-dispute-message = Sua mensagem
seller-dispute-message-required = Escreva uma mensagem primeiro.
seller-dispute-message-send = Enviar a mensagem
seller-evidence-label = Fotos de prova
seller-evidence-hint = JPEG, PNG ou WebP, até 5 MB cada, no máximo { $count }.
seller-evidence-uploading = Enviando…
seller-evidence-too-many = Você pode adicionar no máximo { $count } fotos.
seller-evidence-too-large = Essa foto tem mais de 5 MB. Escolha uma menor.
seller-evidence-wrong-type = Esse arquivo não é uma imagem JPEG, PNG ou WebP.
seller-evidence-picture = Foto de prova { $number }
seller-evidence-remove = Remover a foto { $number }
seller-offer-title = Fazer uma oferta
seller-offer-kind = O que você oferece
seller-offer-amount = Reembolso em { $currency }
seller-offer-amount-hint = Menos que o total do pedido, { $total }; por exemplo 5,50.
seller-offer-amount-invalid = Informe um valor maior que zero e menor que { $total }, por exemplo 5,50.
seller-offer-amount-refused = A Caravan não pode reembolsar esse valor neste pedido. Informe um menor.
seller-offer-note = Nota para o comprador (opcional)
seller-offer-send = Enviar a oferta
seller-dispute-error-closed = Esta disputa está encerrada.
seller-dispute-error-wrong-step = Isso não é possível nesta etapa da disputa.
seller-dispute-error-escrow = A Caravan não retém mais o pagamento deste pedido.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = Promoções
seller-nav-service = Nota de serviço
seller-nav-penalties = Penalidades
seller-save-held = Não salvo: uma promoção aprovada proíbe esta alteração (veja os campos marcados com PRM-2). Ela fica guardada neste dispositivo.
seller-editor-promotion-frozen = Este anúncio está em uma promoção aprovada. Até ela terminar, você não pode aumentar um preço ou o custo do frete, editar a descrição nem tirar o anúncio do catálogo (PRM-2).
seller-editor-promotion-until = “{ $name }” até { $end }
seller-editor-unpublish-promotion = Um anúncio em uma promoção aprovada fica no catálogo até a promoção terminar.
seller-promo-title = Promoções
seller-promo-intro = Ofereça um desconto pelo período que escolher ou participe de uma oferta relâmpago. Toda promoção só começa depois que a plataforma a aprova e, depois de aprovada, seus preços, estoque e descrição ficam congelados até o fim.
seller-promo-apply-title = Solicitar uma promoção
seller-promo-name = Nome da promoção
seller-promo-kind = Tipo
seller-promo-kind-discount = Desconto
seller-promo-kind-flash = Oferta relâmpago ({ $hours } horas)
seller-promo-kind-flash-short = Oferta relâmpago
seller-promo-discount = O que é descontado
seller-promo-discount-percent = Uma porcentagem do preço
seller-promo-discount-fixed = Um valor fixo
seller-promo-percent = Porcentagem de desconto
seller-promo-percent-hint = Um número inteiro de 1 a 90.
seller-promo-amount = Valor do desconto ({ $currency })
seller-promo-amount-hint = Descontado de cada unidade; deve ficar abaixo do preço de cada variação escolhida.
seller-promo-starts = Começa
seller-promo-ends = Termina
seller-promo-session = Sessão relâmpago
seller-promo-session-hint = As sessões duram { $hours } horas e começam em horários fixos todos os dias; cada uma comporta no máximo 10 produtos.
seller-promo-items = Produtos
seller-promo-add-listing = Adicionar um anúncio publicado
seller-promo-items-none = Ainda não há produtos. Adicione um anúncio: todas as variações dele são incluídas e você pode remover as que não quiser.
seller-promo-item-facts = Preço { $price } · { $stock } em estoque
seller-promo-stock = Estoque da promoção para { $sku }
seller-promo-remove = Remover { $sku }
seller-promo-remove-short = Remover
seller-promo-submit = Solicitar aprovação
seller-promo-clear = Recomeçar
seller-promo-sent = “{ $name }” foi enviada para aprovação.
seller-promo-list-title = Suas promoções
seller-promo-none = Nenhuma promoção ainda.
seller-promo-status-pending = Aguardando aprovação
seller-promo-status-scheduled = Aprovada, começa depois
seller-promo-status-active = Em andamento
seller-promo-status-ended = Encerrada
seller-promo-status-rejected = Recusada
seller-promo-status-withdrawn = Retirada
seller-promo-off-percent = { $percent } % de desconto
seller-promo-off-amount = { $amount } de desconto
seller-promo-period = De { $start } a { $end }
seller-promo-skus = { $count ->
        [one] 1 variação
       *[other] { $count } variações
    }
seller-promo-removed = { $count ->
        [one] (1 removida por sanção)
       *[other] ({ $count } removidas por sanção)
    }
seller-promo-frozen-hint = Aprovada: até terminar, preços, custo do frete e descrição destes anúncios ficam congelados, e o estoque da promoção e o desconto só podem aumentar (PRM-2).
seller-promo-withdraw = Retirar
seller-promo-withdraw-pending-note = Retirar esta solicitação? Ela ainda não foi aprovada, então nada mais acontece.
seller-promo-withdraw-approved-warning = Esta promoção está aprovada. Sair dela agora viola a PRM-2: os produtos são removidos e sua loja fica proibida de participar de promoções por 6 meses.
seller-promo-withdraw-confirm = Retirar mesmo assim
seller-promo-withdraw-keep = Manter
seller-promo-error-name-length = Dê à promoção um nome de 1 a 80 caracteres.
seller-promo-error-required = Preencha este campo.
seller-promo-error-in-past = O início não pode estar no passado.
seller-promo-error-not-a-session = Escolha uma das próximas sessões relâmpago.
seller-promo-error-period = Um desconto dura de 1 hora a 90 dias a partir do início.
seller-promo-error-percent = Desconte de 1 a 90 por cento.
seller-promo-error-amount = Desconte pelo menos a menor unidade da moeda.
seller-promo-error-amount-too-large = O valor deve ficar abaixo do preço de cada variação escolhida.
seller-promo-error-stock = O estoque da promoção vai de 1 até o estoque da variação.
seller-promo-error-count = Adicione de 1 a 100 variações.
seller-promo-error-duplicate = Esta variação aparece duas vezes.
seller-promo-error-not-published = Só seus anúncios publicados podem entrar em uma promoção.
seller-promo-error-mixed-currency = Todos os anúncios de uma promoção precisam ter preço na mesma moeda.
seller-promo-error-unknown-sku = O anúncio não tem mais esta variação.
seller-promo-error-in-promotion = Esta variação já está em outra promoção nesse período.
seller-service-title = Nota de serviço
seller-service-intro = Como os compradores avaliam sua loja e com que confiabilidade ela os atende, nos últimos 90 dias. A plataforma avalia esses números e pode penalizar uma loja cujas medidas passem dos limites.
seller-service-window = Pedidos feitos de { $start } a { $end }
seller-service-assessment = Avaliação
seller-service-meter-title = { $orders } pedidos nos últimos 90 dias; uma loja é avaliada a partir de { $min } pedidos.
seller-service-threshold = { $min } pedidos: avaliada
seller-service-assessed = Sua loja tem pedidos suficientes para ser avaliada (SRV-7).
seller-service-not-assessed = Sua loja ainda está crescendo: ela é avaliada quando tiver { $min } pedidos em 90 dias, { $missing } a mais do que agora (SRV-7).
seller-service-counted = { $orders } pedidos pagos, { $counted } contados, { $excluded } desconsiderados.
seller-service-dsr-title = Avaliações detalhadas do vendedor
seller-service-dsr-count = { $count ->
        [one] De 1 pedido avaliado.
       *[other] De { $count } pedidos avaliados.
    }
seller-service-no-ratings = Ainda sem avaliações
seller-service-stars = { $value } / 5
seller-service-percent = { $value } %
seller-service-described = Item conforme descrito
seller-service-described-help = A mercadoria corresponde ao texto e às fotos do anúncio? O comprador avalia de 1 a 5.
seller-service-communication = Comunicação
seller-service-communication-help = Quão úteis e rápidas foram suas respostas, de 1 a 5.
seller-service-shipping = Rapidez no envio
seller-service-shipping-help = Quão rápido o pedido foi enviado, de 1 a 5.
seller-service-positive = Avaliações positivas
seller-service-positive-help = Parcela das avaliações de pedidos com 4 ou 5 estrelas.
seller-service-trend-title = Avaliações detalhadas do vendedor, semana a semana
seller-service-trend-desc = Avaliação média de 1 a 5 estrelas em cada uma de { $weeks } semanas; { $rated } delas têm avaliações. Semanas sem avaliações deixam uma lacuna.
seller-service-point = { $series }, semana de { $week }: { $value } / 5
seller-service-measures-title = Medidas de serviço
seller-service-bars-title = Quantas vezes cada problema ocorreu nos últimos 90 dias
seller-service-rate = ({ $rate } % dos pedidos contados)
seller-service-bad-reviews = Avaliações ruins
seller-service-bad-reviews-help = Pedidos avaliados com 3 estrelas ou menos.
seller-service-bad-dsr = Avaliações detalhadas ruins
seller-service-bad-dsr-help = “Item conforme descrito” ou comunicação com nota 3 ou menor, ou rapidez no envio com nota 1 (o envio é julgado com tolerância porque você o controla menos).
seller-service-bad-described = Notas ruins em “conforme descrito”
seller-service-bad-communication = Notas ruins em comunicação
seller-service-bad-shipping = Notas ruins em envio
seller-service-not-shipped = Vendidos e não enviados
seller-service-not-shipped-help = Pedidos pagos que não foram enviados a tempo.
seller-service-arbitration = Levados à arbitragem
seller-service-arbitration-help = Disputas que foram para a plataforma decidir.
seller-service-timeouts = Respostas a disputas perdidas
seller-service-timeouts-help = Disputas que você não respondeu a tempo.
seller-service-excluded = Desconsiderados
seller-service-excluded-help = Pedidos cuja disputa de “não recebido” foi encerrada não contam, nem as avaliações deles, seja quem for que recebeu o reembolso.
seller-service-findings = Acima dos limites
seller-penalties-title = Penalidades e recursos
seller-penalties-intro = Toda penalidade informa a regra, os fatos e até quando vale. Você pode recorrer de uma penalidade até o prazo; a plataforma então a revoga ou a mantém.
seller-penalties-none = Sua loja não tem penalidades.
seller-standing-title = O que sua loja pode fazer agora
seller-standing-can-sell = Seus anúncios estão no catálogo e podem ser comprados.
seller-standing-cannot-sell = As vendas estão suspensas: seus anúncios não podem ser comprados.
seller-standing-can-publish = Você pode publicar anúncios.
seller-standing-cannot-publish = Você não pode publicar anúncios.
seller-standing-can-promote = Você pode solicitar promoções.
seller-standing-cannot-promote = Você não pode solicitar promoções.
seller-standing-ban-until = Proibida de participar de promoções até { $date }.
seller-standing-ip = Histórico de propriedade intelectual: { $points } pontos, { $serious } infrações graves.
seller-penalty-level-warning = Advertência
seller-penalty-level-restricted = Operações restritas
seller-penalty-level-suspended = Vendas suspensas
seller-penalty-level-ended = Parceria encerrada
seller-penalty-level-promotion-ban = Proibida de participar de promoções
seller-penalty-status-active = Em vigor
seller-penalty-status-expired = Expirada
seller-penalty-status-lifted = Revogada
seller-penalty-reason = Motivo
seller-penalty-issued = Aplicada em
seller-penalty-expiry = Vale até
seller-penalty-expires = { $date }
seller-penalty-no-expiry = Sem data de término
seller-penalty-automated = decidida automaticamente
seller-penalty-by-staff = decidida pela equipe da plataforma
seller-penalty-statement = Fundamentação
seller-penalty-policy = Regras aplicadas: política { $version }.
seller-penalty-lift-reason = Revogada: { $reason }
seller-appeal-title = Recurso
seller-appeal-status-pending = Em análise
seller-appeal-status-lifted = Deferido: a penalidade foi revogada
seller-appeal-status-upheld = Indeferido: a penalidade continua
seller-appeal-label = Por que esta penalidade deveria ser revogada?
seller-appeal-hint = Explique os fatos em 10 a 2.000 caracteres. Você pode recorrer até { $date }.
seller-appeal-submit = Enviar o recurso
seller-appeal-closed = O prazo para recorrer terminou em { $date }.
seller-appeal-error-length = Escreva de 10 a 2.000 caracteres.
