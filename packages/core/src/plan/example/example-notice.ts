/**
 * The built-in example: a deactivation for an Order Defect Rate of 2.78%, written by us in the
 * style of Amazon's performance notifications (not a copy of a real one). The seller's real
 * causes, found in their own data, were unanswered buyer messages and a size chart that ran small.
 */
export const exampleNoticeReceived = '2025-05-02';

export const exampleNoticeText = `Subject: Your Amazon.com selling privileges have been deactivated

Hello,

We have deactivated your Amazon.com selling privileges and placed a temporary hold on the funds in your account. Your listings have been removed from the site.

Why did this happen?
Your account does not meet our performance target for Order Defect Rate. Sellers must maintain an Order Defect Rate under 1% to sell on Amazon. Your Order Defect Rate is 2.78%, based on orders placed between February 17, 2025 and April 17, 2025.

How do I reactivate my account?
To reactivate your account, please send us a plan of action that includes:
-- The root causes of the issues that led to the high Order Defect Rate.
-- The actions you have taken to resolve the orders with defects.
-- The steps you have taken to prevent these issues from happening again.

You can send your plan of action in Seller Central: go to Performance Notifications, open this notification and click Appeal. If we do not receive an acceptable plan of action within 17 days, your account will remain deactivated.

Sincerely,
Seller Performance Team
Amazon.com
`;
