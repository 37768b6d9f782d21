# The platform console's screens (loaded when the console opens).

console-title = Console da plataforma

## Platform console: frame and review queues (issue 4)

console-nav-label = Seções do console
console-nav-overview = Visão geral
console-nav-shops = Pedidos de lojas
console-nav-documents = Licenças e marcas
console-nav-fx = Câmbio
console-sign-in-needed = Entre com uma conta da plataforma para usar o console.
console-sign-in = Entrar
console-not-admin = Esta conta não pode usar o console da plataforma.
console-overview-title = Console da plataforma
console-policy-title = Política de regras
console-policy-version = A plataforma aplica a versão { $version } da política.
console-queue-shops = Pedidos de lojas aguardando: { $count }
console-queue-documents = Documentos aguardando: { $count }
console-queue-empty = Nada por aqui.
console-filter-status = Mostrar
console-status-pending = Aguardando análise
console-status-approved = Aprovado
console-status-rejected = Recusado
console-shops-title = Pedidos de lojas
console-shop-country = País
console-shop-company = Empresa
console-shop-licence = Registro comercial
console-shop-representative = Representante legal
console-shop-email = E-mail da empresa
console-shop-email-verified = (verificado)
console-shop-email-unverified = (não verificado)
console-shop-phone = Telefone de atendimento
console-shop-emergency = Contato de emergência
console-shop-type = Tipo de conta
console-shop-category = Categoria principal
console-shop-regions = Regiões de venda
console-reject-reason = Motivo, exibido ao vendedor
console-reject-reason-hint = Diga quais fatos e qual regra levaram à decisão e o que o vendedor pode mudar.
console-reason-length = Explique a decisão em 10 a 1.000 caracteres.
console-approve = Aprovar
console-reject = Recusar
console-rejected-because = Recusado: { $reason }
console-documents-title = Licenças e marcas
console-kind-licence = Licença
console-kind-qualification = Qualificação
console-kind-brand = Autorização de marca
console-document-shop = Número da loja
console-document-reference = Referência
console-fx-title = Câmbio
console-fx-intro = Importe as taxas de referência diárias do Banco Central Europeu (eurofxref-daily.xml). Os compradores veem preços convertidos pela taxa do último dia; os pedidos registram a taxa com que foram cobrados.
console-fx-file = Arquivo de taxas
console-fx-xml = Ou cole o conteúdo do arquivo
console-fx-import = Importar taxas
console-fx-imported = Taxas de { $date } importadas para { $count } moedas.
