# The interface: every word of the widget outside the questionnaire and the guide.

product-name = Partnership Readiness Check
