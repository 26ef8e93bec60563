import { guardMediaSummary as validate66 } from "./media-summary.js";
export { validate260 as guardUserConversationSummary };
const schema86 = {"type":"object","properties":{"userId":{"type":"string"},"call":{"$ref":"#/$defs/MediaSummary"},"callback":{"$ref":"#/$defs/MediaSummary"},"email":{"$ref":"#/$defs/MediaSummary"},"message":{"$ref":"#/$defs/MediaSummary"},"chat":{"$ref":"#/$defs/MediaSummary"},"socialExpression":{"$ref":"#/$defs/MediaSummary"},"video":{"$ref":"#/$defs/MediaSummary"}}};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId !== undefined){
const _errs1 = errors;
if(typeof data.userId !== "string"){
validate260.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call !== undefined){
const _errs3 = errors;
if(!(validate66(data.call, {instancePath:instancePath+"/call",parentData:data,parentDataProperty:"call",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callback !== undefined){
const _errs4 = errors;
if(!(validate66(data.callback, {instancePath:instancePath+"/callback",parentData:data,parentDataProperty:"callback",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs5 = errors;
if(!(validate66(data.email, {instancePath:instancePath+"/email",parentData:data,parentDataProperty:"email",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs6 = errors;
if(!(validate66(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
const _errs7 = errors;
if(!(validate66(data.chat, {instancePath:instancePath+"/chat",parentData:data,parentDataProperty:"chat",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.socialExpression !== undefined){
const _errs8 = errors;
if(!(validate66(data.socialExpression, {instancePath:instancePath+"/socialExpression",parentData:data,parentDataProperty:"socialExpression",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.video !== undefined){
const _errs9 = errors;
if(!(validate66(data.video, {instancePath:instancePath+"/video",parentData:data,parentDataProperty:"video",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate66.errors;} else {for(const e of validate66.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate260.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate260.errors = vErrors;
return errors === 0;
}
