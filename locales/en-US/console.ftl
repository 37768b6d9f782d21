# The platform console's screens (loaded when the console opens).

console-title = Platform console

## Platform console: frame and review queues (issue 4)

console-nav-label = Console sections
console-nav-overview = Overview
console-nav-shops = Shop applications
console-nav-documents = Licences and brands
console-nav-fx = Exchange rates
console-sign-in-needed = Sign in with a platform account to use the console.
console-sign-in = Sign in
console-not-admin = This account cannot use the platform console.
console-overview-title = Platform console
console-policy-title = Rule policy
console-policy-version = The platform judges by policy version { $version }.
console-queue-shops = Shop applications waiting: { $count }
console-queue-documents = Documents waiting: { $count }
console-queue-empty = Nothing here.
console-filter-status = Show
console-status-pending = Waiting for review
console-status-approved = Approved
console-status-rejected = Rejected
console-shops-title = Shop applications
console-shop-country = Country
console-shop-company = Company
console-shop-licence = Business licence
console-shop-representative = Legal representative
console-shop-email = Company e-mail
console-shop-email-verified = (verified)
console-shop-email-unverified = (not verified)
console-shop-phone = Customer service phone
console-shop-emergency = Emergency contact
console-shop-type = Account type
console-shop-category = Main category
console-shop-regions = Sales regions
console-reject-reason = Reason, shown to the seller
console-reject-reason-hint = Say which facts and which rule led to the decision, and what the seller can change.
console-reason-length = Explain the decision in 10 to 1,000 characters.
console-approve = Approve
console-reject = Reject
console-rejected-because = Rejected: { $reason }
console-documents-title = Licences and brands
console-kind-licence = Licence
console-kind-qualification = Qualification
console-kind-brand = Brand authorisation
console-document-shop = Shop number
console-document-reference = Reference
console-fx-title = Exchange rates
console-fx-intro = Import the European Central Bank's daily reference rates (eurofxref-daily.xml). Buyers see converted prices at the latest day's rates; orders record the rate they were charged at.
console-fx-file = Rate file
console-fx-xml = Or paste the file's contents
console-fx-import = Import rates
console-fx-imported = Imported the rates of { $date } for { $count } currencies.
