import { compiledMediaSummary as validate66 } from "./media-summary.js";
export { validate260 as compiledUserConversationSummary };
const schema86 = {"type":"object","properties":{"userId":{"type":"string"},"call":{"$ref":"#/$defs/MediaSummary"},"callback":{"$ref":"#/$defs/MediaSummary"},"email":{"$ref":"#/$defs/MediaSummary"},"message":{"$ref":"#/$defs/MediaSummary"},"chat":{"$ref":"#/$defs/MediaSummary"},"socialExpression":{"$ref":"#/$defs/MediaSummary"},"video":{"$ref":"#/$defs/MediaSummary"}}};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err0 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.call !== undefined){
if(!(validate66(data.call, {instancePath:instancePath+"/call",parentData:data,parentDataProperty:"call",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.callback !== undefined){
if(!(validate66(data.callback, {instancePath:instancePath+"/callback",parentData:data,parentDataProperty:"callback",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.email !== undefined){
if(!(validate66(data.email, {instancePath:instancePath+"/email",parentData:data,parentDataProperty:"email",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.message !== undefined){
if(!(validate66(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.chat !== undefined){
if(!(validate66(data.chat, {instancePath:instancePath+"/chat",parentData:data,parentDataProperty:"chat",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.socialExpression !== undefined){
if(!(validate66(data.socialExpression, {instancePath:instancePath+"/socialExpression",parentData:data,parentDataProperty:"socialExpression",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.video !== undefined){
if(!(validate66(data.video, {instancePath:instancePath+"/video",parentData:data,parentDataProperty:"video",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate260.errors = vErrors;
return errors === 0;
}
