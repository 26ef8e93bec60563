export { validate290 as compiledResourceConditionValue };
const schema111 = {"type":"object","properties":{"type":{"$ref":"#/$defs/ConditionValueType"},"value":{"type":"string"}}};
const schema43 = {"type":"string","enum":["SCALAR","VARIABLE","USER","QUEUE","TEAM"]};

function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ConditionValueType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data0 === "SCALAR") || (data0 === "VARIABLE")) || (data0 === "USER")) || (data0 === "QUEUE")) || (data0 === "TEAM"))){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ConditionValueType/enum",keyword:"enum",params:{allowedValues: schema43.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate290.errors = vErrors;
return errors === 0;
}
